package de.auftritt.admin;

import jakarta.validation.Valid;

import de.auftritt.blog.SlugGenerator;
import de.auftritt.blog.SlugTakenException;
import de.auftritt.config.PageNumber;
import de.auftritt.site.Page;
import de.auftritt.site.PageData;
import de.auftritt.site.PageRepository;
import de.auftritt.site.PageService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AdminPageController {

    private static final String FORM_VIEW = "admin/page-form";

    private final PageRepository pages;

    private final PageService pageService;

    AdminPageController(PageRepository pages, PageService pageService) {
        this.pages = pages;
        this.pageService = pageService;
    }

    @GetMapping("/admin/pages")
    String list(Model model) {
        model.addAttribute("pages", pages.findAllByOrderByTitleAsc());
        return "admin/pages";
    }

    @GetMapping("/admin/pages/new")
    String newPage(Model model) {
        model.addAttribute("pageForm", PageForm.empty());
        return FORM_VIEW;
    }

    @PostMapping("/admin/pages")
    ModelAndView create(@Valid @ModelAttribute("pageForm") PageForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        PageData data = toData(form, null, result);
        if ("preview".equals(action) || result.hasErrors()) {
            return redisplay(form, action, model);
        }
        try {
            Page page = pageService.create(data);
            redirect.addFlashAttribute("flash", "admin.page.created");
            return new ModelAndView("redirect:/admin/pages/" + page.getId() + "/edit");
        }
        catch (SlugTakenException ex) {
            result.rejectValue("slug", "slug.taken");
            return redisplay(form, action, model);
        }
    }

    @GetMapping("/admin/pages/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Page page = pages.findById(id).orElseThrow(PageNumber::notFound);
        model.addAttribute("pageForm", PageForm.of(page));
        model.addAttribute("page", page);
        return FORM_VIEW;
    }

    @PostMapping("/admin/pages/{id}")
    ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("pageForm") PageForm form,
            BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
            RedirectAttributes redirect) {
        Page existing = pages.findById(id).orElseThrow(PageNumber::notFound);
        model.addAttribute("page", existing);
        PageData data = toData(form, existing, result);
        if ("preview".equals(action) || result.hasErrors()) {
            return redisplay(form, action, model);
        }
        try {
            pageService.update(id, data).orElseThrow(PageNumber::notFound);
            redirect.addFlashAttribute("flash", "admin.page.saved");
            return new ModelAndView("redirect:/admin/pages/" + id + "/edit");
        }
        catch (SlugTakenException ex) {
            result.rejectValue("slug", "slug.taken");
            return redisplay(form, action, model);
        }
    }

    @GetMapping("/admin/pages/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        Page page = pages.findById(id).filter(p -> !p.isHome()).orElseThrow(PageNumber::notFound);
        model.addAttribute("page", page);
        return "admin/page-delete";
    }

    @PostMapping("/admin/pages/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        pageService.delete(id);
        redirect.addFlashAttribute("flash", "admin.page.deleted");
        return "redirect:/admin/pages";
    }

    private ModelAndView redisplay(PageForm form, String action, Model model) {
        if ("preview".equals(action)) {
            model.addAttribute("previewHtml", pageService.preview(form.body()));
            return new ModelAndView(FORM_VIEW);
        }
        return new ModelAndView(FORM_VIEW, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private PageData toData(PageForm form, Page existing, BindingResult result) {
        String slug;
        if (existing != null && existing.isHome()) {
            slug = Page.HOME;
        }
        else {
            slug = form.slug() == null || form.slug().isBlank() ? SlugGenerator.slugify(form.title()) : form.slug();
            if (slug.isEmpty() && !result.hasFieldErrors("title")) {
                result.rejectValue("slug", "slug.required");
            }
            else if (PageService.RESERVED_SLUGS.contains(slug)) {
                result.rejectValue("slug", "slug.reserved");
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        return new PageData(form.title().strip(), slug, form.description(), form.body());
    }
}
