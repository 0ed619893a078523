-- Portable SQL: runs on SQLite (the default) and PostgreSQL. The few types that differ come in as
-- Flyway placeholders, set per database in application*.properties: ${identity}, ${instant}.

CREATE TABLE admin_account (
    id            ${identity},
    username      VARCHAR(100)  NOT NULL UNIQUE,
    password_hash VARCHAR(255)  NOT NULL,
    created_at    ${instant}    NOT NULL
);

CREATE TABLE post (
    id            ${identity},
    slug          VARCHAR(200)  NOT NULL UNIQUE,
    title         VARCHAR(200)  NOT NULL,
    summary       VARCHAR(500)  NOT NULL,
    body_markdown TEXT          NOT NULL,
    body_html     TEXT          NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    publish_at    ${instant}    NOT NULL,
    reading_minutes INTEGER     NOT NULL,
    created_at    ${instant}    NOT NULL,
    updated_at    ${instant}    NOT NULL
);
CREATE INDEX post_status_publish_at ON post (status, publish_at);

CREATE TABLE post_tag (
    post_id BIGINT       NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    tag     VARCHAR(50)  NOT NULL,
    PRIMARY KEY (post_id, tag)
);
CREATE INDEX post_tag_tag ON post_tag (tag);

CREATE TABLE page (
    id            ${identity},
    slug          VARCHAR(200)  NOT NULL UNIQUE,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    body_markdown TEXT          NOT NULL,
    body_html     TEXT          NOT NULL,
    updated_at    ${instant}    NOT NULL
);

CREATE TABLE contact_message (
    id          ${identity},
    name        VARCHAR(100)  NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    message     TEXT          NOT NULL,
    received_at ${instant}    NOT NULL,
    is_read     BOOLEAN       NOT NULL
);
CREATE INDEX contact_message_received_at ON contact_message (received_at);
