package com.pairwise.shared.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "pt", "zh", "he", "id"})
    void lowerCaseIso6391CodesAreLanguages(String code) {
        assertTrue(Codes.isLanguage(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "En", "eng", "spa", "e", "", "zz", "en-GB", "en_US"})
    void otherTextIsNotALanguage(String code) {
        assertFalse(Codes.isLanguage(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BR", "ES", "GB", "US", "IN"})
    void upperCaseAlpha2CodesAreCountries(String code) {
        assertTrue(Codes.isCountry(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"br", "Br", "UK", "EU", "BRA", "XX", ""})
    void otherTextIsNotACountry(String code) {
        assertFalse(Codes.isCountry(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Madrid", "America/Sao_Paulo", "Asia/Kolkata", "UTC"})
    void ianaRegionIdsAreTimeZones(String id) {
        assertTrue(Codes.isTimeZone(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"europe/madrid", "Madrid", "Europe/Atlantis", "+02:00", "UTC+2", "CEST", ""})
    void otherTextIsNotATimeZone(String id) {
        assertFalse(Codes.isTimeZone(id));
    }
}
