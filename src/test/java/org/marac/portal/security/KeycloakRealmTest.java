package org.marac.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.marac.portal.partner.DemoIdentity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Keycloak realm of docker compose signs in the same demo identities as the development provider. */
class KeycloakRealmTest {

    private final JsonNode realm = JsonMapper.builder().build()
            .readTree(Path.of("deploy/keycloak/marac-realm.json").toFile());

    @Test
    void everyDemoIdentityIsARealmUserWithTheSameSubjectPasswordAndEmail() {
        Map<String, JsonNode> users = StreamSupport.stream(realm.get("users").spliterator(), false)
                .collect(Collectors.toMap(user -> user.get("username").asText(), user -> user));
        List<DemoIdentity> identities = DemoIdentity.all();

        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(
                identities.stream().map(DemoIdentity::username).toList());
        for (DemoIdentity identity : identities) {
            JsonNode user = users.get(identity.username());
            // The portal keys members by subject; Keycloak's subject is the user id.
            assertThat(user.get("id").asText()).isEqualTo(identity.username());
            assertThat(user.get("email").asText()).isEqualTo(identity.email());
            assertThat(user.get("credentials").get(0).get("value").asText()).isEqualTo(identity.password());
        }
    }

    @Test
    void theClientSecretComesFromTheEnvironment() {
        JsonNode client = realm.get("clients").get(0);
        assertThat(client.get("clientId").asText()).isEqualTo("marac-portal");
        assertThat(client.get("secret").asText()).isEqualTo("${PORTAL_OIDC_CLIENT_SECRET}");
    }
}
