package com.pairwise.reminders.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.reminders.domain.Language;
import com.pairwise.reminders.domain.MessageRenderer;
import com.pairwise.reminders.domain.PreferenceBook;
import com.pairwise.reminders.domain.Preferences;
import com.pairwise.reminders.domain.UnsubscribePage;
import com.pairwise.reminders.domain.UnsubscribeTokens;
import com.pairwise.reminders.store.DynamoFeed;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.http.ApiRequest;
import com.pairwise.shared.http.ApiResponse;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.JsonBody;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.store.Page;
import com.pairwise.reminders.domain.Notification;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The reminder function's HTTP routes: preferences, the in-app feed and the public one-click unsubscribe. */
public final class ReminderRoutes {
    private static final int DEFAULT_LIMIT = 20;

    private final PreferenceBook preferences;
    private final DynamoFeed feed;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    public ReminderRoutes(PreferenceBook preferences, DynamoFeed feed, UnsubscribeTokens tokens, Clock clock) {
        this.preferences = preferences;
        this.feed = feed;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Router register(Router router) {
        return router
                .add("GET /me/preferences", r -> ApiResponse.json(200, PreferencesJson.write(preferences.of(caller(r).userId()))))
                .add("PATCH /me/preferences", this::patchPreferences)
                .add("GET /me/notifications", this::notifications)
                .add("POST /me/notifications/{notificationId}/read", this::markRead)
                .addPublic("GET /unsubscribe", this::confirmUnsubscribe)
                .addPublic("POST /unsubscribe", this::unsubscribe);
    }

    private ApiResponse patchPreferences(ApiRequest r) {
        String user = caller(r).userId();
        Preferences changed = PreferencesJson.patch(preferences.of(user), JsonBody.object(r));
        preferences.save(user, changed);
        return ApiResponse.json(200, PreferencesJson.write(changed));
    }

    private ApiResponse notifications(ApiRequest r) {
        int limit = limit(r);
        String before = r.query("before").orElse(null);
        if (before != null && !DynamoFeed.ID.matcher(before).matches()) {
            throw ValidationException.of("before", "is not a notification id from this list");
        }
        Page<Notification> page = feed.list(caller(r).userId(), limit, before);
        ObjectNode o = JsonTree.object();
        ArrayNode items = o.putArray("items");
        page.items().forEach(n -> items.add(NotificationJson.write(n)));
        o.put("nextCursor", page.nextCursor());
        return ApiResponse.json(200, o);
    }

    private ApiResponse markRead(ApiRequest r) {
        String id = r.pathParameter("notificationId");
        if (!DynamoFeed.ID.matcher(id).matches()) {
            throw new NotFoundException("no notification " + id);
        }
        return ApiResponse.json(200, NotificationJson.write(feed.markRead(caller(r).userId(), id, clock.instant())));
    }

    /**
     * Works without signing in: the signed token says who and which kind. GET only asks (a mail scanner or link
     * preview that follows the link changes nothing); the POST, from the page's button or a mail client's RFC 8058
     * one-click, turns the kind off.
     */
    private ApiResponse confirmUnsubscribe(ApiRequest r) {
        String token = token(r);
        UnsubscribeTokens.Grant grant = grant(token);
        String target = "unsubscribe?token=" + token + "&lang=" + language(r).code();
        return new ApiResponse(200, Map.of("content-type", "text/html; charset=utf-8", "cache-control", "no-store"),
                UnsubscribePage.confirm(language(r), grant.kind(), target));
    }

    private ApiResponse unsubscribe(ApiRequest r) {
        UnsubscribeTokens.Grant grant = grant(token(r));
        preferences.turnOff(grant.userId(), grant.kind());
        return new ApiResponse(200, Map.of("content-type", "text/html; charset=utf-8", "cache-control", "no-store"),
                MessageRenderer.unsubscribedPage(language(r)));
    }

    private static String token(ApiRequest r) {
        return r.query("token").orElseThrow(() -> ValidationException.of("token", "is required"));
    }

    private UnsubscribeTokens.Grant grant(String token) {
        return tokens.verify(token).orElseThrow(() -> ValidationException.of("token", "is not a valid unsubscribe token"));
    }

    /** The link's {@code lang} (the recipient's language when the mail was written), else Accept-Language. */
    private static Language language(ApiRequest r) {
        String lang = r.query("lang").orElseGet(() -> r.header("accept-language").orElse("en").split("[-,;]", 2)[0].strip());
        return Language.firstSupported(List.of(lang));
    }

    private static int limit(ApiRequest r) {
        String raw = r.query("limit").orElse(null);
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n >= 1 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ValidationException.of("limit", "must be a whole number between 1 and 100");
    }

    private static Caller caller(ApiRequest r) {
        return r.caller().orElseThrow();
    }
}
