package org.marac.portal.base;

/**
 * A service refused a value that only it can judge (for example a duplicate name). Carries the field
 * and a message-bundle key so the view can show the message beside that field.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidFieldException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
