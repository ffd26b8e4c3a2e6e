package com.hirefit.webhook;

import com.hirefit.ingest.NameVerdicts;
import com.hirefit.ingest.ProtectedAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys whose values never leave this package: protected attributes (as HireFit's ingest defines them: age,
 * gender, race, photo...) and contact details the screening has no use for (phone numbers, postal addresses).
 * Email and web addresses are not postal addresses and are kept.
 */
final class ExcludedKeys {

    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> CONTACT_WORDS = Set.of(
            "phone", "phones", "telephone", "tel", "fax", "mobile", "cell", "whatsapp",
            "address", "addresses", "street", "postal", "postcode", "zip", "zipcode");
    /** Words that make an "address" something else: an email, web or IP address. */
    private static final Set<String> NOT_POSTAL = Set.of("email", "mail", "web", "website", "url", "ip", "social", "wallet");
    /** A "mobile" or "cell" word alone does not make a phone ("Mobile Development"), these do. */
    private static final Set<String> PHONE_ONLY = Set.of("mobile", "cell");
    private static final Set<String> PHONE_CONTEXT = Set.of("mobile", "cell", "number", "no", "nr", "primary", "home",
            "work", "personal", "contact");

    private static final NameVerdicts<Boolean> EXCLUDED = new NameVerdicts<>(key -> ProtectedAttributes.isProtected(key) || isContact(key));

    private ExcludedKeys() {
    }

    /** Whether a value under this key must be left out. */
    static boolean excluded(String key) {
        return key != null && EXCLUDED.answer(key);
    }

    private static boolean isContact(String key) {
        List<String> words = words(key);
        if (words.stream().anyMatch(NOT_POSTAL::contains)) {
            return false;
        }
        boolean contactWord = words.stream().anyMatch(w -> CONTACT_WORDS.contains(w) && !PHONE_ONLY.contains(w));
        boolean phoneAlone = words.stream().anyMatch(PHONE_ONLY::contains)
                && words.stream().allMatch(PHONE_CONTEXT::contains);
        return contactWord || phoneAlone;
    }

    private static List<String> words(String key) {
        String split = CAMEL.matcher(key).replaceAll(" ");
        return Arrays.stream(NOT_ALNUM.split(split.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
