package de.auftritt.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Some requests never reach Spring: Tomcat itself refuses a malformed URL (bad percent-encoding, an encoded
 * slash or NUL) or an oversized body with 400 or 413. Tomcat's error report valve answers those; here it answers
 * with a small static page in German and English instead of its own English page. Written by hand because no
 * Spring feature reaches this layer; the text cannot come from messages*.properties, as no request context exists
 * there yet.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** The largest request body the site accepts: {@code server.tomcat.max-http-form-post-size}, nginx's too. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private final Path page = extract();

    /**
     * A body over the limit is refused before anything reads a parameter: Tomcat would otherwise throw while
     * Spring Security looks for the CSRF token and again while the error page looks for {@code ?lang}, and log
     * two stack traces for every such request.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestBodyLimit() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
                            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                            response.setContentType("text/html;charset=UTF-8");
                            response.setHeader("Connection", "close");
                            Files.copy(page, response.getOutputStream());
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                for (Valve valve : context.getParent().getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve errorReport) {
                        errorReport.setShowReport(false);
                        errorReport.setShowServerInfo(false);
                        errorReport.setProperty("errorCode.0", page.toString());
                    }
                }
            }
        }));
    }

    private static Path extract() {
        try (InputStream in = new ClassPathResource("container-error.html").getInputStream()) {
            Path file = Files.createTempFile("auftritt-error-", ".html");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
