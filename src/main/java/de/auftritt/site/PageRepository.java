package de.auftritt.site;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRepository extends JpaRepository<Page, Long> {

    Optional<Page> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    List<Page> findAllByOrderByTitleAsc();

    List<PageLink> findBySlugNotOrderByTitleAsc(String slug);
}
