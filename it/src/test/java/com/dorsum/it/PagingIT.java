package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every list of the API is paged within bounds (issue 10, finding 7): a page far beyond the end is an empty page
 * with the total, never an overflow and a 500; a negative page, a size outside 1-200, or a page that is not a
 * number is 400 VALIDATION naming the parameter.
 */
class PagingIT extends ClinicDeployment {

    /** Every list endpoint that takes page and size, with an account allowed to read it. */
    private static Map<String, String> lists() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("patients?", "frontdesk");
        lists.put("providers?", "frontdesk");
        lists.put("courses?patientId=" + anna + "&", "frontdesk");
        lists.put("waitlist?", "frontdesk");
        lists.put("visit-change-requests?", "frontdesk");
        lists.put("patients/" + anna + "/referrals?", "frontdesk");
        lists.put("patients/" + anna + "/orders?", "frontdesk");
        lists.put("specialists?", "frontdesk");
        lists.put("worklists/overdue-referrals?", "clinician");
        lists.put("worklists/unreviewed-results?", "clinician");
        lists.put("worklists/injection-follow-ups?", "clinician");
        lists.put("diaries?", "clinician");
        lists.put("me/diary?", "patient.anna");
        return lists;
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyOnEveryList() throws Exception {
        for (Map.Entry<String, String> list : lists().entrySet()) {
            for (String page : new String[] {"107374183", "999999999", "2147483647"}) {
                Api.Reply reply = Api.as(list.getValue()).get(list.getKey() + "page=" + page + "&size=200");
                assertEquals(200, reply.status(), list.getKey() + "page=" + page + ": " + reply);
                JsonObject body = reply.json();
                assertEquals(0, body.getJsonArray("items").size(), list.getKey() + ": " + reply);
                assertTrue(body.containsKey("total"), list.getKey() + ": " + reply);
            }
        }
    }

    @Test
    void pageAndSizeOutOfBoundsAreRefusedNamingTheParameter() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("page=-1", "page");
        bad.put("page=99999999999", "page");
        bad.put("page=abc", "page");
        bad.put("size=0", "size");
        bad.put("size=201", "size");
        bad.put("size=2147483647", "size");
        bad.put("size=-5", "size");
        for (Map.Entry<String, String> list : lists().entrySet()) {
            for (Map.Entry<String, String> parameter : bad.entrySet()) {
                Api.Reply reply = Api.as(list.getValue()).get(list.getKey() + parameter.getKey());
                String what = list.getKey() + parameter.getKey() + ": " + reply;
                assertEquals(400, reply.status(), what);
                assertEquals("VALIDATION", reply.json().getString("code"), what);
                assertEquals(parameter.getValue(), reply.json().getJsonArray("violations").getJsonObject(0)
                        .getString("field"), what);
            }
        }
    }
}
