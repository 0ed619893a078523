package de.auftritt.contact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "contact_message")
public class ContactMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String email;

    private String subject;

    private String message;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "is_read")
    private boolean read;

    protected ContactMessage() {
    }

    ContactMessage(ContactForm form, Instant receivedAt) {
        this.name = form.name().strip();
        this.email = form.email().strip();
        this.subject = form.subject().strip();
        this.message = form.message().strip();
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public boolean isRead() {
        return read;
    }

    void setRead(boolean read) {
        this.read = read;
    }
}
