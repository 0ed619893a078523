package de.auftritt.contact;

import java.time.Clock;
import java.util.Optional;

import de.auftritt.config.SingleWriter;

import org.springframework.stereotype.Service;

/**
 * Keeps the visitors' messages. A message is committed to the database before the visitor is told it arrived.
 */
@Service
public class ContactService {

    private final ContactMessageRepository messages;

    private final SingleWriter writer;

    private final Clock clock;

    ContactService(ContactMessageRepository messages, SingleWriter writer, Clock clock) {
        this.messages = messages;
        this.writer = writer;
        this.clock = clock;
    }

    public ContactMessage receive(ContactForm form) {
        return writer.write(() -> messages.save(new ContactMessage(form, clock.instant())));
    }

    /** Opens a message: returns it and marks it read. */
    public Optional<ContactMessage> open(long id) {
        return setRead(id, true);
    }

    public Optional<ContactMessage> markUnread(long id) {
        return setRead(id, false);
    }

    public void delete(long id) {
        writer.run(() -> messages.deleteById(id));
    }

    private Optional<ContactMessage> setRead(long id, boolean read) {
        return writer.write(() -> messages.findById(id).map(message -> {
            message.setRead(read);
            return message;
        }));
    }
}
