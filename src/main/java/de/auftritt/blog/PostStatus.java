package de.auftritt.blog;

public enum PostStatus {

    DRAFT, PUBLISHED
}
