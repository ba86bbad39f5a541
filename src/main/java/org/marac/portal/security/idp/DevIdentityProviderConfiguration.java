package org.marac.portal.security.idp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marac.portal.partner.DemoIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The development identity provider: a real OpenID Connect provider (Spring Authorization Server) inside
 * the portal under {@value #PREFIX}, signing in the demo identities. It keeps its login in its own session
 * attributes, so signing in here never signs anyone in to the portal except through the OIDC flow.
 * Production turns it off ({@code PORTAL_DEV_IDP_ENABLED=false}) and points the client at a real provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.dev-idp.enabled", havingValue = "true")
class DevIdentityProviderConfiguration {

    static final String PREFIX = "/idp";
    static final String LOGIN_PAGE = PREFIX + "/login";

    @Bean
    @Order(1)
    SecurityFilterChain devIdentityProviderFilterChain(HttpSecurity http) throws Exception {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey("DEV_IDP_SECURITY_CONTEXT");
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setSessionAttrName("DEV_IDP_SAVED_REQUEST");
        http.securityMatcher(PREFIX + "/**")
                .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(auth -> auth.requestMatchers(LOGIN_PAGE).permitAll().anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requests))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${portal.dev-idp.issuer}") String issuer) {
        return AuthorizationServerSettings.builder()
                .issuer(issuer)
                .authorizationEndpoint(PREFIX + "/oauth2/authorize")
                .pushedAuthorizationRequestEndpoint(PREFIX + "/oauth2/par")
                .deviceAuthorizationEndpoint(PREFIX + "/oauth2/device_authorization")
                .deviceVerificationEndpoint(PREFIX + "/oauth2/device_verification")
                .tokenEndpoint(PREFIX + "/oauth2/token")
                .jwkSetEndpoint(PREFIX + "/oauth2/jwks")
                .tokenRevocationEndpoint(PREFIX + "/oauth2/revoke")
                .tokenIntrospectionEndpoint(PREFIX + "/oauth2/introspect")
                .clientRegistrationEndpoint(PREFIX + "/oauth2/register")
                .oidcClientRegistrationEndpoint(PREFIX + "/connect/register")
                .oidcUserInfoEndpoint(PREFIX + "/userinfo")
                .oidcLogoutEndpoint(PREFIX + "/connect/logout")
                .build();
    }

    /**
     * The portal as a public client with PKCE: no client secret exists in development. Redirects are
     * allowed to the configured base URLs and, as RFC 8252 permits, to 127.0.0.1 on any port.
     */
    @Bean
    RegisteredClientRepository registeredClientRepository(
            @Value("${spring.security.oauth2.client.registration.portal.client-id}") String clientId,
            @Value("${portal.dev-idp.portal-base-urls}") List<String> baseUrls) {
        RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/login/oauth2/code/portal")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
        for (String baseUrl : baseUrls) {
            String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            client.redirectUri(base + "/login/oauth2/code/portal").postLogoutRedirectUri(base);
        }
        return new InMemoryRegisteredClientRepository(client.build());
    }

    @Bean
    UserDetailsService devIdentities() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(DemoIdentity.all().stream()
                .map(identity -> User.withUsername(identity.username())
                        .password(encoder.encode(identity.password()))
                        .roles("DEMO_IDENTITY")
                        .build())
                .toList());
    }

    /** Puts the demo identity's name and email in the ID token, as a real provider would. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        Map<String, DemoIdentity> identities = DemoIdentity.all().stream()
                .collect(Collectors.toMap(DemoIdentity::username, Function.identity()));
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            DemoIdentity identity = identities.get(context.getPrincipal().getName());
            if (identity != null) {
                context.getClaims()
                        .claim("name", identity.name())
                        .claim("preferred_username", identity.username())
                        .claim("email", identity.email());
            }
        };
    }

    /** A signing key made at start-up: development tokens do not outlive the process. */
    @Bean
    JWKSource<SecurityContext> jwkSource() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
