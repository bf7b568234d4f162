package app.ambassade.support;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The in-process SMTP server of the tests (GreenMail) listens where the application under test
 * sends mail: 127.0.0.1 on {@code test.smtp.port} (3025 unless the build says otherwise, so that
 * two builds on one machine can run side by side).
 */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("test.smtp.port", 3025);
    public static final ServerSetup SETUP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {}
}
