package nl.bis.placements.testing;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the tests, on a free port. Like a real mail server it refuses a recipient it has
 * no mailbox for: every address whose local part starts with {@code refused} is answered {@code 550} at RCPT TO. The
 * outage tests stop it and start it again on the same port ({@link #stopServer()}, {@link #startServer()}).
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** The local part that makes the server refuse an address for good. */
    public static final String REFUSED = "refused";

    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    public static synchronized void startServer() {
        server = new RefusingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops the server as an outage would: connections are refused until it is started again. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message the server has accepted since it was (re)started, to any recipient. */
    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** The messages the server accepted for this address. */
    public static List<MimeMessage> receivedFor(String address) {
        return received().stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void stop() {
        stopServer();
    }

    /** GreenMail accepts every recipient; this one refuses those it has "no mailbox" for, as a real server does. */
    private static final class RefusingGreenMail extends GreenMail {

        RefusingGreenMail(ServerSetup setup) {
            super(setup);
            managers = new RefusingManagers();
        }
    }

    private static final class RefusingManagers extends Managers {

        private final SmtpManager smtpManager = new SmtpManager(getImapHostManager(), getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
                return address.getEmail().startsWith(REFUSED) ? "550 5.1.1 Mailbox unavailable" : null;
            }
        };

        @Override
        public SmtpManager getSmtpManager() {
            return smtpManager;
        }
    }
}
