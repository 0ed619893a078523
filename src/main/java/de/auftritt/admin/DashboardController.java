package de.auftritt.admin;

import java.time.Clock;
import java.time.Instant;

import de.auftritt.blog.PostRepository;
import de.auftritt.blog.PostStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final PostRepository posts;

    private final Clock clock;

    DashboardController(PostRepository posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        Instant now = clock.instant();
        model.addAttribute("publishedCount", posts.countByStatusAndPublishAtLessThanEqual(PostStatus.PUBLISHED, now));
        model.addAttribute("scheduledCount", posts.countByStatusAndPublishAtAfter(PostStatus.PUBLISHED, now));
        model.addAttribute("draftCount", posts.countByStatus(PostStatus.DRAFT));
        return "admin/dashboard";
    }
}
