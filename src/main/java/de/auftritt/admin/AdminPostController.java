package de.auftritt.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

import jakarta.validation.Valid;

import de.auftritt.blog.Post;
import de.auftritt.blog.PostData;
import de.auftritt.blog.PostRepository;
import de.auftritt.blog.PostService;
import de.auftritt.blog.PostStatus;
import de.auftritt.blog.SlugGenerator;
import de.auftritt.blog.SlugTakenException;
import de.auftritt.config.DateFormats;
import de.auftritt.config.PageNumber;

import org.springframework.data.domain.PageRequest;
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
class AdminPostController {

    static final int PAGE_SIZE = 20;

    private static final String FORM_VIEW = "admin/post-form";

    private static final Set<String> FILTERS = Set.of("ALL", "DRAFT", "PUBLISHED", "SCHEDULED");

    private final PostRepository posts;

    private final PostService postService;

    private final DateFormats dates;

    private final Clock clock;

    AdminPostController(PostRepository posts, PostService postService, DateFormats dates, Clock clock) {
        this.posts = posts;
        this.postService = postService;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/admin/posts")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "ALL") String status,
            @RequestParam(required = false) String page, Model model) {
        String filter = FILTERS.contains(status) ? status : "ALL";
        String pattern = "%" + q.strip().toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var result = posts.search(pattern, filter, clock.instant(),
                PageRequest.of(PageNumber.index(page), PAGE_SIZE));
        PageNumber.requireExists(result);
        model.addAttribute("posts", result);
        model.addAttribute("q", q);
        model.addAttribute("status", filter);
        model.addAttribute("now", clock.instant());
        return "admin/posts";
    }

    @GetMapping("/admin/posts/new")
    String newPost(Model model) {
        model.addAttribute("postForm", PostForm.empty());
        return FORM_VIEW;
    }

    @PostMapping("/admin/posts")
    ModelAndView create(@Valid @ModelAttribute("postForm") PostForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        PostData data = toData(form, result);
        if ("preview".equals(action) || result.hasErrors()) {
            return redisplay(form, result, action, model);
        }
        try {
            Post post = postService.create(data);
            redirect.addFlashAttribute("flash", "admin.post.created");
            return new ModelAndView("redirect:/admin/posts/" + post.getId() + "/edit");
        }
        catch (SlugTakenException ex) {
            result.rejectValue("slug", "slug.taken");
            return redisplay(form, result, action, model);
        }
    }

    @GetMapping("/admin/posts/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Post post = posts.findById(id).orElseThrow(PageNumber::notFound);
        model.addAttribute("postForm", PostForm.of(post, dates.formInput(post.getPublishAt())));
        model.addAttribute("post", post);
        return FORM_VIEW;
    }

    @PostMapping("/admin/posts/{id}")
    ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("postForm") PostForm form,
            BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
            RedirectAttributes redirect) {
        Post existing = posts.findById(id).orElseThrow(PageNumber::notFound);
        model.addAttribute("post", existing);
        PostData data = toData(form, result);
        if ("preview".equals(action) || result.hasErrors()) {
            return redisplay(form, result, action, model);
        }
        try {
            postService.update(id, data).orElseThrow(PageNumber::notFound);
            redirect.addFlashAttribute("flash", "admin.post.saved");
            return new ModelAndView("redirect:/admin/posts/" + id + "/edit");
        }
        catch (SlugTakenException ex) {
            result.rejectValue("slug", "slug.taken");
            return redisplay(form, result, action, model);
        }
    }

    @GetMapping("/admin/posts/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("post", posts.findById(id).orElseThrow(PageNumber::notFound));
        return "admin/post-delete";
    }

    @PostMapping("/admin/posts/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        postService.delete(id);
        redirect.addFlashAttribute("flash", "admin.post.deleted");
        return "redirect:/admin/posts";
    }

    private ModelAndView redisplay(PostForm form, BindingResult result, String action, Model model) {
        if ("preview".equals(action)) {
            model.addAttribute("previewHtml", postService.preview(form.body()));
            return new ModelAndView(FORM_VIEW);
        }
        return new ModelAndView(FORM_VIEW, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The checks Bean Validation cannot make, then the post as it will be saved (null when invalid). */
    private PostData toData(PostForm form, BindingResult result) {
        String slug = form.slug() == null || form.slug().isBlank() ? SlugGenerator.slugify(form.title()) : form.slug();
        if (slug.isEmpty() && !result.hasFieldErrors("title")) {
            result.rejectValue("slug", "slug.required");
        }
        Set<String> tags = form.tagSet();
        if (tags.size() > PostForm.MAX_TAGS || !tags.stream().allMatch(PostForm::isValidTag)) {
            result.rejectValue("tags", "tags.invalid", new Object[] { PostForm.MAX_TAGS, PostForm.MAX_TAG_LENGTH },
                    null);
        }
        Instant publishAt = null;
        if (form.publishAt() != null && !form.publishAt().isBlank() && !result.hasFieldErrors("publishAt")) {
            try {
                publishAt = dates.parseFormInput(form.publishAt());
            }
            catch (DateTimeParseException ex) {
                result.rejectValue("publishAt", "dateTime.invalid");
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        return new PostData(form.title().strip(), slug, form.summary(), form.body(), tags,
                PostStatus.valueOf(form.status()), publishAt);
    }
}
