package org.marac.portal.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import java.util.Map;
import org.marac.portal.security.MemberPrincipals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.StringUtils;

/**
 * The portal's own security: login only through OIDC, roles from the portal's database on every request,
 * method security on every service, and the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "portal";

    /** Vaadin needs inline scripts and eval for its client engine; everything else is locked to this origin. */
    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    @Order(10)
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, MemberPrincipals principals,
            OAuth2UserService<OidcUserRequest, OidcUser> loginRecorder) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}"));
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(loginRecorder)));
        http.addFilterAfter(new MemberAuthenticationFilter(principals), AnonymousAuthenticationFilter.class);
        // Written before the request reaches Vaadin: its servlet is reached by a forward.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** Records every successful OIDC login against the member directory. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> loginRecorder(MemberPrincipals principals) {
        OidcUserService oidc = new OidcUserService();
        return request -> {
            OidcUser user = oidc.loadUser(request);
            principals.recordLogin(user);
            return user;
        };
    }

    /**
     * Client registrations from the standard Spring Boot properties, plus the provider's end-session
     * endpoint so that logout also ends the provider's session. Discovery is not used: the development
     * provider lives in this application and cannot answer before it has started.
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
            @Value("${portal.oidc.end-session-uri:}") String endSessionUri) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties)
                .asClientRegistrations().values().stream()
                .map(registration -> StringUtils.hasText(endSessionUri)
                        ? ClientRegistration.withClientRegistration(registration)
                                .providerConfigurationMetadata(Map.of("end_session_endpoint", endSessionUri))
                                .build()
                        : registration)
                .toList();
        return new InMemoryClientRegistrationRepository(registrations);
    }
}
