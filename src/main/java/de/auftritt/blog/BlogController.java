package de.auftritt.blog;

import java.time.Clock;
import java.time.Instant;

import de.auftritt.config.PageNumber;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class BlogController {

    static final int PAGE_SIZE = 10;

    private static final String LIST_VIEW = "blog/list";

    private final PostRepository posts;

    private final Clock clock;

    BlogController(PostRepository posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping("/blog")
    String list(@RequestParam(required = false) String page, Model model) {
        Page<Post> result = posts.findVisible(clock.instant(), PageRequest.of(PageNumber.index(page), PAGE_SIZE));
        PageNumber.requireExists(result);
        model.addAttribute("posts", result);
        model.addAttribute("basePath", "/blog");
        return LIST_VIEW;
    }

    @GetMapping("/tags/{tag}")
    String tag(@PathVariable String tag, @RequestParam(required = false) String page, Model model) {
        Page<Post> result = posts.findVisibleByTag(tag, clock.instant(),
                PageRequest.of(PageNumber.index(page), PAGE_SIZE));
        if (result.isEmpty()) {
            throw PageNumber.notFound();
        }
        model.addAttribute("posts", result);
        model.addAttribute("tag", tag);
        model.addAttribute("basePath", UriComponentsBuilder.fromPath("/tags/{tag}").buildAndExpand(tag).encode().toUriString());
        return LIST_VIEW;
    }

    @GetMapping("/blog/{slug}")
    String show(@PathVariable String slug, Model model) {
        Instant now = clock.instant();
        Post post = posts.findVisibleBySlug(slug, now).orElseThrow(PageNumber::notFound);
        model.addAttribute("post", post);
        model.addAttribute("ogType", "article");
        model.addAttribute("older", posts.findOlder(post.getPublishAt(), post.getId(), now).orElse(null));
        model.addAttribute("newer", posts.findNewer(post.getPublishAt(), post.getId(), now).orElse(null));
        return "blog/post";
    }
}
