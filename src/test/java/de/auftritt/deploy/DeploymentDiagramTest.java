package de.auftritt.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment diagram (docs/deployment.puml, rendered to docs/deployment.svg) shows every service and every
 * named volume of docker-compose.yml: a service or volume added to the stack without the diagram fails here.
 */
class DeploymentDiagramTest {

    private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

    private static final Path DIAGRAM = Path.of("docs/deployment.puml");

    private static final Path RENDERED = Path.of("docs/deployment.svg");

    @Test
    void everyServiceOfTheComposeFileIsInTheDiagram() throws IOException {
        Set<String> services = topLevelKeys("services");
        assertThat(services).contains("app", "nginx", "certbot");
        assertThat(missingFromDiagram(services)).as("services of %s missing from %s", COMPOSE_FILE, DIAGRAM)
            .isEmpty();
    }

    @Test
    void everyNamedVolumeOfTheComposeFileIsInTheDiagram() throws IOException {
        Set<String> volumes = topLevelKeys("volumes");
        assertThat(volumes).isNotEmpty();
        assertThat(missingFromDiagram(volumes)).as("volumes of %s missing from %s", COMPOSE_FILE, DIAGRAM)
            .isEmpty();
    }

    @Test
    void theRenderedDiagramIsCheckedInBesideItsSource() throws IOException {
        String svg = Files.readString(RENDERED, StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg");
        for (String service : topLevelKeys("services")) {
            assertThat(svg).as("%s in %s (render it again: plantuml -tsvg %s)", service, RENDERED, DIAGRAM)
                .contains(service);
        }
    }

    /** Names that the diagram does not show as an element (a quoted name or an alias of a node). */
    private static Set<String> missingFromDiagram(Set<String> names) throws IOException {
        String diagram = Files.readString(DIAGRAM, StandardCharsets.UTF_8);
        Set<String> missing = new TreeSet<>();
        for (String name : names) {
            Pattern element = Pattern.compile("(?m)^\\s*(node|component|database|storage|folder|artifact|file|"
                    + "queue|cloud|frame|rectangle|collections)\\s+\"" + Pattern.quote(name) + "[\"\\\\]");
            if (!element.matcher(diagram).find()) {
                missing.add(name);
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> topLevelKeys(String section) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8));
        Object entries = compose.get(section);
        return entries instanceof Map<?, ?> map ? new TreeSet<>(((Map<String, Object>) map).keySet()) : Set.of();
    }
}
