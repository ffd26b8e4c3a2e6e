package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcludedKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"gender", "Gender", "date_of_birth", "dateOfBirth", "EEO Race", "eeo_race", "age",
            "Veteran Status", "disability_status", "photo_url", "Photo URL", "image", "nationality", "Marital Status",
            "phone_numbers", "Phone Number", "primaryPhoneNumber", "mobile", "Mobile Number", "addresses",
            "Home Address", "postalCode", "zip", "street"})
    void excluded(String key) {
        assertThat(ExcludedKeys.excluded(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"email_addresses", "Email Address", "website_addresses", "social_media_addresses",
            "Mobile Development", "Stage", "Usage Analytics", "Skills", "Referral Source", "years_experience",
            "Image Processing Skills", "Market", "countryCode", "city", "url"})
    void kept(String key) {
        assertThat(ExcludedKeys.excluded(key)).isFalse();
    }
}
