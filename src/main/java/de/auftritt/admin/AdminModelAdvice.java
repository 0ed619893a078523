package de.auftritt.admin;

import de.auftritt.contact.ContactMessageRepository;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread messages, shown in the admin navigation on every admin page. */
@ControllerAdvice(basePackageClasses = AdminModelAdvice.class)
class AdminModelAdvice {

    private final ContactMessageRepository messages;

    AdminModelAdvice(ContactMessageRepository messages) {
        this.messages = messages;
    }

    @ModelAttribute("unreadCount")
    long unreadCount() {
        return messages.countByReadFalse();
    }
}
