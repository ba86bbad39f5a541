package org.marac.portal.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole portal on a real port, with its embedded identity provider, driven by Debian's Chromium. All
 * browser tests share one running portal (one Spring context).
 * The port is fixed before start-up because the provider's token endpoint is configured by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "portal.embedded-db.folder=target/e2e-db")
@ActiveProfiles("test")
abstract class BrowserTest {

    protected static final int PORT = freePort();
    protected static final String BASE_URL = "http://localhost:" + PORT;
    protected static Browser browser;

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser(BASE_URL);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
