package cn.kaowu.core.identity;

/**
 * A caller asked for something outside its role or scope. The message is Chinese and is shown
 * to the user as it is; the API answers 403 with it.
 */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
