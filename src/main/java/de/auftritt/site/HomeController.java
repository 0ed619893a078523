package de.auftritt.site;

import java.time.Clock;

import de.auftritt.blog.PostRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final int LATEST_POSTS = 5;

    private final PageRepository pages;

    private final PostRepository posts;

    private final Clock clock;

    HomeController(PageRepository pages, PostRepository posts, Clock clock) {
        this.pages = pages;
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("intro", pages.findBySlug(Page.HOME).orElse(null));
        model.addAttribute("posts", posts.findVisible(clock.instant(), PageRequest.of(0, LATEST_POSTS)).getContent());
        return "home";
    }
}
