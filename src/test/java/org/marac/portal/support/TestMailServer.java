package org.marac.portal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port, given to the shared test context as its
 * {@code spring.mail.*} settings: the portal sends real SMTP, tests read what arrived. Every test shares
 * the mailbox, so tests look only at messages for their own addresses or references.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail smtp = server();
        TestPropertyValues.of(
                "spring.mail.host=" + smtp.getSmtp().getBindTo(),
                "spring.mail.port=" + smtp.getSmtp().getPort()).applyTo(context);
    }

    /** Every message received so far for this address. */
    public static List<Email> receivedBy(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .map(Email::of)
                .toList();
    }

    /**
     * The messages for this address that match, once at least {@code atLeast} of them have arrived (or ten
     * seconds have passed): the SMTP server may store a message a moment after the sender's call returns.
     */
    public static List<Email> awaitReceivedBy(String address, java.util.function.Predicate<Email> matching, int atLeast) {
        java.util.function.Supplier<List<Email>> found = () -> receivedBy(address).stream().filter(matching).toList();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> found.get().size() >= atLeast);
        } catch (org.awaitility.core.ConditionTimeoutException tooFew) {
            // The caller's assertion on what did arrive says what is missing.
        }
        return found.get();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A received email as text. */
    public record Email(String to, String from, String subject, String body) {
        static Email of(MimeMessage message) {
            try {
                return new Email(String.join(",", recipients(message)), Arrays.toString(message.getFrom()),
                        message.getSubject(), String.valueOf(message.getContent()).replace("\r\n", "\n"));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
