package org.sira.shared;

/**
 * A rule of the domain was not met. Carries a message key (see {@code messages.properties}) and
 * its arguments so that the web layer can say it in the user's language; knows nothing of HTTP.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
