package com.dorsum.web.scheduling;

import com.dorsum.people.Provider;
import com.dorsum.people.ProviderDirectory;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.Room;
import com.dorsum.scheduling.Rooms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.stream.Collectors;

/** Provider and room names for screens that show ids ({@code #{clinicNames.provider(id)}}), read once a request. */
@Named
@RequestScoped
public class ClinicNames {

    @Inject
    ProviderDirectory providers;

    @Inject
    Rooms rooms;

    private Map<Long, String> providerNames;
    private Map<Long, String> roomNames;

    public String provider(long id) {
        if (providerNames == null) {
            providerNames = providers.providers(null, 0, PageOf.MAX_SIZE).items().stream()
                    .collect(Collectors.toMap(Provider::getId, Provider::getName));
        }
        return providerNames.getOrDefault(id, "#" + id);
    }

    public String room(long id) {
        if (roomNames == null) {
            roomNames = rooms.all().stream().collect(Collectors.toMap(Room::getId, Room::getName));
        }
        return roomNames.getOrDefault(id, "#" + id);
    }
}
