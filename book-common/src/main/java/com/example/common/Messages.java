package com.example.common;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The reader-facing lines of the examples, the tools and the tour, one place per language:
 * {@code com/example/common/messages_ko.properties} (Korean, the default: the book's readers) and
 * {@code messages_en.properties}. Which one: {@code -Dbook.lang=ko|en}, else the environment variable
 * {@code BOOK_LANG}, else Korean. The tour's {@code --lang en} sets the same property.
 *
 * <p>A message is a {@link String#format} pattern ({@code %s}); both files have the same keys with the same
 * placeholders (MessagesTest checks it).
 */
public final class Messages {

    /** The system property that picks the language. */
    public static final String LANG_PROPERTY = "book.lang";
    /** The environment variable that picks it when the property is not set. */
    public static final String LANG_ENV = "BOOK_LANG";

    /** The languages there are messages for. */
    public enum Lang {
        KO, EN;

        Locale locale() {
            return this == KO ? Locale.KOREAN : Locale.ENGLISH;
        }
    }

    private static final String BUNDLE = "com.example.common.messages";

    private Messages() {
    }

    /**
     * The language chosen by {@code -Dbook.lang} or {@code BOOK_LANG}; Korean when neither is set.
     *
     * @throws IllegalArgumentException for anything but {@code ko} or {@code en}, naming the setting
     */
    public static Lang current() {
        return choose(System.getProperty(LANG_PROPERTY), System.getenv(LANG_ENV));
    }

    /** The property wins over the environment variable; Korean when neither is set. */
    static Lang choose(String property, String env) {
        if (property != null && !property.isBlank()) {
            return parse(property, "-D" + LANG_PROPERTY);
        }
        return env == null || env.isBlank() ? Lang.KO : parse(env, LANG_ENV);
    }

    /** {@code ko} or {@code en} (any case); anything else is refused naming {@code setting}. */
    public static Lang parse(String value, String setting) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ko" -> Lang.KO;
            case "en" -> Lang.EN;
            // both languages: the reader's language is what is being refused
            default -> throw new IllegalArgumentException(setting + " must be ko (한국어) or en (English), got '"
                    + value + "'");
        };
    }

    /**
     * Takes {@code --lang ko|en} (or {@code --lang=en}) out of a command line's {@code args}: the language it names,
     * else the reader's ({@link #current()}). The one {@code --lang} of the tour and the grader.
     */
    public static Lang takeLang(List<String> args) {
        Lang lang = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i) == null ? "" : args.get(i).trim();
            if (arg.equals("--lang")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw badInput("lang.needs-value");
                }
                lang = parse(args.get(i + 1), "--lang");
                args.subList(i, i + 2).clear();
                i--;
            } else if (arg.startsWith("--lang=")) {
                lang = parse(arg.substring("--lang=".length()), "--lang");
                args.remove(i--);
            }
        }
        return lang != null ? lang : current();
    }

    /** The message {@code key} in the current language, formatted with {@code args}. */
    public static String text(String key, Object... args) {
        Lang lang;
        try {
            lang = current();
        } catch (IllegalArgumentException badSetting) {
            lang = Lang.KO; // a hint must still come out; the bad setting is refused where it is read first
        }
        return text(lang, key, args);
    }

    /** The message {@code key} in {@code lang}, formatted with {@code args}. */
    public static String text(Lang lang, String key, Object... args) {
        ResourceBundle bundle = bundle(lang);
        try {
            return String.format(Locale.ROOT, bundle.getString(key), args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + BUNDLE + "_" + lang.locale(), e);
        }
    }

    /**
     * Bad input the reader can fix, in the reader's language: an {@link IllegalArgumentException} whose message is
     * {@code key}'s text (the examples print it as one line, {@code 오류: ...} / {@code error: ...}, exit code 1).
     */
    public static IllegalArgumentException badInput(String key, Object... args) {
        return new IllegalArgumentException(text(key, args));
    }

    /** {@link #badInput(String, Object...)} keeping its {@code cause} (for the stack trace in a test report). */
    public static IllegalArgumentException badInput(Throwable cause, String key, Object... args) {
        return new IllegalArgumentException(text(key, args), cause);
    }

    /** A failure the reader sees (not bad input), in the reader's language: {@code key}'s text. */
    public static IllegalStateException failure(String key, Object... args) {
        return new IllegalStateException(text(key, args));
    }

    /** {@link #failure(String, Object...)} keeping its {@code cause} (for the stack trace in a test report). */
    public static IllegalStateException failure(Throwable cause, String key, Object... args) {
        return new IllegalStateException(text(key, args), cause);
    }

    /** Every message of {@code lang} (for the test that both languages have the same keys). */
    static ResourceBundle bundle(Lang lang) {
        return ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
