package de.auftritt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP through curl, as a browser would reach the site: the public name resolves to the published ports on
 * 127.0.0.1 ({@code --resolve}), so TLS sees the real name (SNI, certificate check against the test CA), and
 * cookies live in a jar of their own per visitor.
 */
final class Curl {

    record Response(int status, String httpVersion, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The hidden {@code _csrf} input of the page's form. */
        String csrfToken() {
            Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no _csrf input in the page:\n" + body);
            }
            return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " (" + httpVersion + ") " + headers;
        }
    }

    private final String domain;

    private final int httpPort;

    private final int httpsPort;

    private final Path caFile;

    private final Path workDirectory;

    private final Path cookieJar;

    Curl(String domain, int httpPort, int httpsPort, Path caFile, Path workDirectory, String visitor) {
        this.domain = domain;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.caFile = caFile;
        this.workDirectory = workDirectory;
        this.cookieJar = workDirectory.resolve("cookies-" + visitor + ".txt");
    }

    String httpsUrl(String path) {
        return "https://" + domain + ":" + httpsPort + path;
    }

    String httpUrl(String path) {
        return "http://" + domain + ":" + httpPort + path;
    }

    Response get(String url, String... curlOptions) {
        return call(url, List.of(curlOptions));
    }

    /** A form POST (application/x-www-form-urlencoded); the fields in order. */
    Response post(String url, Map<String, String> fields, String... curlOptions) {
        List<String> options = new ArrayList<>(List.of(curlOptions));
        fields.forEach((name, value) -> {
            options.add("--data-urlencode");
            options.add(name + "=" + value);
        });
        return call(url, options);
    }

    Response call(String url, List<String> curlOptions) {
        try {
            Path headerFile = Files.createTempFile(workDirectory, "headers", ".txt");
            Path bodyFile = Files.createTempFile(workDirectory, "body", ".bin");
            List<String> command = new ArrayList<>(List.of("curl", "--silent", "--show-error", "--max-time", "20",
                    "--resolve", domain + ":" + httpsPort + ":127.0.0.1",
                    "--resolve", domain + ":" + httpPort + ":127.0.0.1",
                    "--cacert", caFile.toString(),
                    "--cookie", cookieJar.toString(), "--cookie-jar", cookieJar.toString(),
                    "--dump-header", headerFile.toString(), "--output", bodyFile.toString(),
                    "--write-out", "%{http_code} %{http_version}"));
            command.addAll(curlOptions);
            command.add(url);
            Commands.Result result = Commands.run(workDirectory, Map.of(), Duration.ofSeconds(30), command);
            if (!result.ok()) {
                throw new CurlException("curl " + url + " failed (" + result.exitCode() + "): " + result.output());
            }
            String[] written = result.output().trim().split(" ");
            Response response = new Response(Integer.parseInt(written[0]), written[1],
                    parseHeaders(Files.readString(headerFile, StandardCharsets.ISO_8859_1)),
                    Files.readString(bodyFile, StandardCharsets.UTF_8));
            Files.delete(headerFile);
            Files.delete(bodyFile);
            return response;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The Location of a redirect, resolved against the URL that answered (as a browser resolves it). */
    static URI location(String requestUrl, Response response) {
        String location = response.header("location");
        if (location == null) {
            throw new AssertionError("no Location header: " + response);
        }
        return URI.create(requestUrl).resolve(location);
    }

    /** The header block of the last response in the file (curl writes one per response). */
    private static Map<String, List<String>> parseHeaders(String text) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("HTTP/")) {
                headers.clear();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    static final class CurlException extends RuntimeException {

        CurlException(String message) {
            super(message);
        }
    }
}
