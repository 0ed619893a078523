package de.auftritt.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: a visitor's explicit choice ({@code ?lang=en}, kept in a cookie) wins, then the browser's
 * {@code Accept-Language}, then the site's configured language.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuftrittProperties.class)
class WebConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private final AuftrittProperties properties;

    WebConfig(AuftrittProperties properties) {
        this.properties = properties;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang") {

            /** Only the site's languages can be chosen; {@code ?lang=fr} keeps the current one. */
            @Override
            public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                    LocaleContext localeContext) {
                Locale wanted = localeContext == null ? null : localeContext.getLocale();
                if (wanted == null || SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(wanted.getLanguage()))) {
                    super.setLocaleContext(request, response,
                            wanted == null ? null : new SimpleLocaleContext(new Locale(wanted.getLanguage())));
                }
            }
        };
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getHeader("Accept-Language") != null) {
                for (Locale wanted : Collections.list(request.getLocales())) {
                    for (Locale supported : SUPPORTED) {
                        if (supported.getLanguage().equals(wanted.getLanguage())) {
                            return supported;
                        }
                    }
                }
            }
            return siteLocale();
        });
        return resolver;
    }

    private Locale siteLocale() {
        String language = properties.site().locale().getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.GERMAN);
    }

    /**
     * Static files under their own paths, fingerprinted by content ({@code /css/site-<md5>.css}), cached for a
     * year. Boot's default handler maps {@code /**}: then every link a template builds ({@code /blog},
     * {@code /about}) is first looked up as a classpath file, a miss that is not cached, which made page rendering
     * about five times slower. nginx serves the same paths itself in production.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        Duration year = Duration.ofDays(365);
        staticFiles(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"), year);
        staticFiles(registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/"), year);
        // The favicon keeps its name (browsers ask for it by name), so it is cached for a day only.
        staticFiles(registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/"),
                Duration.ofDays(1));
    }

    private static void staticFiles(ResourceHandlerRegistration registration, Duration maxAge) {
        registration.setCacheControl(CacheControl.maxAge(maxAge).cachePublic())
            .resourceChain(true)
            .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
