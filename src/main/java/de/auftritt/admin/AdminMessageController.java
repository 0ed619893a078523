package de.auftritt.admin;

import de.auftritt.config.PageNumber;
import de.auftritt.contact.ContactMessage;
import de.auftritt.contact.ContactMessageRepository;
import de.auftritt.contact.ContactService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AdminMessageController {

    static final int PAGE_SIZE = 20;

    private final ContactMessageRepository messages;

    private final ContactService contact;

    AdminMessageController(ContactMessageRepository messages, ContactService contact) {
        this.messages = messages;
        this.contact = contact;
    }

    @GetMapping("/admin/messages")
    String inbox(@RequestParam(required = false) String page, Model model) {
        Page<ContactMessage> result = messages.findAllByOrderByReceivedAtDescIdDesc(
                PageRequest.of(PageNumber.index(page), PAGE_SIZE));
        PageNumber.requireExists(result);
        model.addAttribute("messages", result);
        return "admin/messages";
    }

    /** Opening a message marks it read, as in any mail client. */
    @GetMapping("/admin/messages/{id}")
    String show(@PathVariable long id, Model model) {
        ContactMessage message = contact.open(id).orElseThrow(PageNumber::notFound);
        model.addAttribute("message", message);
        model.addAttribute("mailtoHref", MailtoLinks.to(message.getEmail()));
        model.addAttribute("replyHref", MailtoLinks.reply(message.getEmail(), message.getSubject()));
        return "admin/message";
    }

    @PostMapping("/admin/messages/{id}/unread")
    String markUnread(@PathVariable long id, RedirectAttributes redirect) {
        contact.markUnread(id).orElseThrow(PageNumber::notFound);
        redirect.addFlashAttribute("flash", "admin.message.markedUnread");
        return "redirect:/admin/messages";
    }

    @GetMapping("/admin/messages/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("message", messages.findById(id).orElseThrow(PageNumber::notFound));
        return "admin/message-delete";
    }

    @PostMapping("/admin/messages/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        contact.delete(id);
        redirect.addFlashAttribute("flash", "admin.message.deleted");
        return "redirect:/admin/messages";
    }
}
