package org.sira.backup;

import org.sira.shared.DomainException;

/** A backup or a restore that Sira will not do, with why (a message key of {@code messages.properties}). */
public class BackupRefused extends DomainException {

    public BackupRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public String getMessage() {
        return messageKey() + (arguments().length == 0 ? "" : " " + java.util.Arrays.toString(arguments()));
    }
}
