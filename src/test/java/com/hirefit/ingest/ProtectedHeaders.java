package com.hirefit.ingest;

import java.util.List;
import java.util.Map;

/**
 * The tables every reader is tested with (csv, xlsx, JSON, ATS custom fields and keys): headers that must be dropped
 * unread, surely or as uncertain, and real resume and ATS export headers that must be kept.
 */
public final class ProtectedHeaders {
    private ProtectedHeaders() {
    }

    /** The eight headers issue 10 found kept as extra text and read for evidence. */
    public static final List<String> ISSUE_10 = List.of("D.O.B", "YOB", "M/F", "Sexe", "Género", "Skin Colour",
            "Military Service", "Passport Country");

    /** Headers that surely carry a protected attribute, to what they reveal. */
    public static final Map<String, String> SURELY = Map.ofEntries(
            // the issue's eight
            Map.entry("D.O.B", "age or date of birth"),
            Map.entry("YOB", "age or date of birth"),
            Map.entry("M/F", "sex or gender"),
            Map.entry("Sexe", "sex or gender"),
            Map.entry("Género", "sex or gender"),
            Map.entry("Skin Colour", "race, ethnicity or colour"),
            Map.entry("Military Service", "veteran or military status"),
            Map.entry("Passport Country", "nationality, citizenship or national origin"),
            // abbreviations, punctuation, glued and camelCase spellings
            Map.entry("DOB (dd/mm/yyyy)", "age or date of birth"),
            Map.entry("b-day", "age or date of birth"),
            Map.entry("DATEOFBIRTH", "age or date of birth"),
            Map.entry("yearOfBirth", "age or date of birth"),
            Map.entry("Age Range", "age or date of birth"),
            Map.entry("m/w/d", "sex or gender"),
            Map.entry("H/F", "sex or gender"),
            Map.entry("Sex (M/F/X)", "sex or gender"),
            Map.entry("Pronouns", "sex or gender"),
            Map.entry("Agender", "sex or gender"),
            Map.entry("Transgender", "sex or gender"),
            Map.entry("Non-binary", "sex or gender"),
            Map.entry("Female", "sex or gender"),
            Map.entry("eeoRace", "race, ethnicity or colour"),
            Map.entry("passport_country", "nationality, citizenship or national origin"),
            // EEO-1 and voluntary self-identification wording
            Map.entry("EEO-1 Race/Ethnicity", "race, ethnicity or colour"),
            Map.entry("Hispanic or Latino", "race, ethnicity or colour"),
            Map.entry("Black or African American", "race, ethnicity or colour"),
            Map.entry("Native Hawaiian or Other Pacific Islander", "race, ethnicity or colour"),
            Map.entry("American Indian or Alaska Native", "race, ethnicity or colour"),
            Map.entry("Two or More Races", "race, ethnicity or colour"),
            Map.entry("Asian", "race, ethnicity or colour"),
            Map.entry("White", "race, ethnicity or colour"),
            Map.entry("Protected Veteran", "veteran or military status"),
            Map.entry("VEVRAA Status", "veteran or military status"),
            Map.entry("Armed Forces Service Medal", "veteran or military status"),
            Map.entry("Voluntary Self-Identification of Disability (CC-305)", "disability or health"),
            Map.entry("Do you have a disability?", "disability or health"),
            Map.entry("Reasonable Adjustments", "disability or health"),
            Map.entry("Self-ID", "demographic self-identification (EEO)"),
            Map.entry("Self-Identified", "demographic self-identification (EEO)"),
            Map.entry("Voluntary Disclosure", "demographic self-identification (EEO)"),
            Map.entry("EEO", "demographic self-identification (EEO)"),
            Map.entry("Demographics", "demographic self-identification (EEO)"),
            Map.entry("Equal Opportunities Monitoring", "demographic self-identification (EEO)"),
            Map.entry("Sexual Orientation", "sexual orientation"),
            Map.entry("LGBTQ+", "sexual orientation"),
            Map.entry("Maiden Name", "marital or family status"),
            Map.entry("Number of Children", "marital or family status"),
            Map.entry("Pregnant", "pregnancy or maternity"),
            Map.entry("Religious Affiliation", "religion or belief"),
            Map.entry("Country of Birth", "nationality, citizenship or national origin"),
            Map.entry("Citizenship", "nationality, citizenship or national origin"),
            Map.entry("Profile Photo", "a photo of the candidate"),
            Map.entry("Headshot URL", "a photo of the candidate"),
            Map.entry("Genetic Testing", "genetic information"),
            Map.entry("Union Membership", "political opinion or union membership"),
            // French
            Map.entry("Âge", "age or date of birth"),
            Map.entry("Date de naissance", "age or date of birth"),
            Map.entry("Nationalité", "nationality, citizenship or national origin"),
            Map.entry("Situation familiale", "marital or family status"),
            Map.entry("RQTH", "disability or health"),
            Map.entry("Origine ethnique", "race, ethnicity or colour"),
            // German
            Map.entry("Geburtsdatum", "age or date of birth"),
            Map.entry("Geschlecht", "sex or gender"),
            Map.entry("Staatsangehörigkeit", "nationality, citizenship or national origin"),
            Map.entry("Staatsangehoerigkeit", "nationality, citizenship or national origin"),
            Map.entry("Familienstand", "marital or family status"),
            Map.entry("Schwerbehinderung", "disability or health"),
            Map.entry("Konfession", "religion or belief"),
            Map.entry("Lichtbild", "a photo of the candidate"),
            // Spanish
            Map.entry("Fecha de nacimiento", "age or date of birth"),
            Map.entry("Edad", "age or date of birth"),
            Map.entry("Sexo", "sex or gender"),
            Map.entry("Estado civil", "marital or family status"),
            Map.entry("Nacionalidad", "nationality, citizenship or national origin"),
            Map.entry("Discapacidad", "disability or health"),
            // Portuguese
            Map.entry("Data de Nascimento", "age or date of birth"),
            Map.entry("Gênero", "sex or gender"),
            Map.entry("Raça/Cor", "race, ethnicity or colour"),
            Map.entry("Naturalidade", "nationality, citizenship or national origin"),
            Map.entry("PcD", "disability or health"),
            Map.entry("Certificado de Reservista", "veteran or military status"),
            // Italian
            Map.entry("Data di nascita", "age or date of birth"),
            Map.entry("Sesso", "sex or gender"),
            Map.entry("Cittadinanza", "nationality, citizenship or national origin"),
            Map.entry("Stato civile", "marital or family status"),
            Map.entry("Obblighi militari", "veteran or military status"),
            Map.entry("Categorie protette", "disability or health"),
            // Dutch
            Map.entry("Geboortedatum", "age or date of birth"),
            Map.entry("Leeftijd", "age or date of birth"),
            Map.entry("Geslacht", "sex or gender"),
            Map.entry("M/V", "sex or gender"),
            Map.entry("Nationaliteit", "nationality, citizenship or national origin"),
            Map.entry("Burgerlijke staat", "marital or family status"),
            Map.entry("Huidskleur", "race, ethnicity or colour"));

    /** Headers that may carry a protected attribute, or may not: dropped all the same, and said so. */
    public static final Map<String, String> UNCERTAIN = Map.ofEntries(
            Map.entry("Native Language", "nationality, citizenship or national origin"),
            Map.entry("Mother Tongue", "nationality, citizenship or national origin"),
            Map.entry("Muttersprache", "nationality, citizenship or national origin"),
            Map.entry("Visa Status", "nationality, citizenship or national origin"),
            Map.entry("Requires Sponsorship?", "nationality, citizenship or national origin"),
            Map.entry("Work Authorization", "nationality, citizenship or national origin"),
            Map.entry("Home Country", "nationality, citizenship or national origin"),
            Map.entry("Origin", "nationality, citizenship or national origin"),
            Map.entry("Nationalty", "nationality, citizenship or national origin"),
            Map.entry("Graduation Year", "age or date of birth"),
            Map.entry("Età", "age or date of birth"),
            Map.entry("Genre", "sex or gender"),
            Map.entry("Colour", "race, ethnicity or colour"),
            Map.entry("Heritage", "race, ethnicity or colour"),
            Map.entry("Military Branch", "veteran or military status"),
            Map.entry("Hearing Impairment", "disability or health"),
            Map.entry("Accommodations", "disability or health"),
            Map.entry("Beliefs", "religion or belief"),
            Map.entry("Religon", "religion or belief"),
            Map.entry("Genetic Markers", "genetic information"),
            Map.entry("Diversity", "demographic self-identification (EEO)"));

    /** Real resume and ATS export headers, some only looking protected: kept and read. */
    public static final List<String> KEPT = List.of("Languages", "Programming Languages", "Spoken Languages",
            "Language", "Race Engineering Experience", "Race Conditions Debugged", "Genetic Algorithms",
            "Image Processing Skills", "Computer Vision (Image Models)", "Photography Portfolio", "Docker Image",
            "Usage Analytics", "Stage", "Page Views", "Agency", "Manager", "Message", "Family Name", "Last Name",
            "Sextant Navigation", "Middlesex University", "Essex Office", "Grace Period", "Black Box Testing",
            "Whiteboard Score", "Native App Development", "React Native", "Cloud Native Tools", "Citizen Science",
            "Colour Science", "Facial Recognition", "Martial Arts", "Storage Range", "Mobile Development",
            "Country", "Country of Residence", "City", "Location", "Time Zone", "Notice Period", "Current Company",
            "Referral Source", "Recruiter", "Source", "Application Date", "Start Date", "Availability",
            "A/B Testing", "Tools (GDB, Valgrind)", "Status", "Tags", "Notes", "Certifications", "Awards",
            "Security Clearance", "Healthcare Domain", "Medical Imaging", "Demo Video", "Origin Story App",
            "Years at Company", "Headcount Managed", "Coding Challenge Score", "Cover Letter");

    /** Candidate ID, then every header of the three tables. */
    public static List<String> allHeaders() {
        java.util.List<String> headers = new java.util.ArrayList<>();
        headers.add("Candidate ID");
        headers.addAll(SURELY.keySet().stream().sorted().toList());
        headers.addAll(UNCERTAIN.keySet().stream().sorted().toList());
        headers.addAll(KEPT);
        return headers;
    }

    /** The value written under a header: unique, so a leak of it is found in any output. */
    public static String valueOf(String header) {
        return header.equals("Candidate ID") ? "C-1" : "value-" + Integer.toHexString(header.hashCode()) + "-cell";
    }
}
