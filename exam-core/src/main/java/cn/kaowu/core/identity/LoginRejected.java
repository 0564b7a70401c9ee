package cn.kaowu.core.identity;

/** A log-in failed; the message is safe to show (it never tells whether the username exists). */
public class LoginRejected extends RuntimeException {

    public LoginRejected(String message) {
        super(message);
    }
}
