package de.auftritt.admin;

import de.auftritt.contact.ContactMessageRepository;

import org.springframework.stereotype.Component;

/**
 * The number of unread messages, shown in the admin navigation. The admin layout asks for it while it renders
 * ({@code ${@inbox.unreadCount()}}), after the controller has acted, so opening a message is already counted.
 */
@Component("inbox")
class Inbox {

    private final ContactMessageRepository messages;

    Inbox(ContactMessageRepository messages) {
        this.messages = messages;
    }

    public long unreadCount() {
        return messages.countByReadFalse();
    }
}
