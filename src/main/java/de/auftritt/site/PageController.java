package de.auftritt.site;

import de.auftritt.config.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The owner's pages at {@code /{slug}}: the most general mapping, so every other controller wins over it. */
@Controller
class PageController {

    private final PageRepository pages;

    PageController(PageRepository pages) {
        this.pages = pages;
    }

    @GetMapping("/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
    String show(@PathVariable String slug, Model model) {
        if (Page.HOME.equals(slug)) {
            return "redirect:/";
        }
        Page page = pages.findBySlug(slug).orElseThrow(PageNumber::notFound);
        model.addAttribute("page", page);
        return "page";
    }
}
