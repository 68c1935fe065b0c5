package com.dorsum.web.scheduling;

import com.dorsum.people.Provider;
import com.dorsum.people.ProviderDirectory;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.CalendarEntry;
import com.dorsum.scheduling.FrontDesk;
import com.dorsum.scheduling.Room;
import com.dorsum.scheduling.Rooms;
import com.dorsum.web.platform.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The front desk's calendar: day and week views of one provider or one room, each visit coloured by its therapy
 * and linked to its course. Only the days on screen are read.
 */
@Named
@ViewScoped
public class CalendarBean implements Serializable {

    @Inject
    FrontDesk frontDesk;

    @Inject
    ProviderDirectory providers;

    @Inject
    Rooms rooms;

    @Inject
    Clock clock;

    private Long providerId;
    private Long roomId;
    private LocalDate date;
    private List<Provider> providerList;
    private List<Room> roomList;
    private final ScheduleModel model = new LazyScheduleModel() {
        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            if (providerId == null && roomId == null) {
                return;
            }
            try {
                frontDesk.calendar(roomId == null ? providerId : null, roomId, start, end).forEach(e -> addEvent(event(e)));
            } catch (DomainException refused) {
                FacesErrors.show(refused);
            }
        }
    };

    @PostConstruct
    void init() {
        providerList = providers.providers(null, 0, PageOf.MAX_SIZE).items().stream().filter(Provider::isActive).toList();
        roomList = rooms.all().stream().filter(Room::isActive).toList();
    }

    /** Without a provider or room in the URL, the first provider's calendar. */
    public void open() {
        if (providerId == null && roomId == null && !providerList.isEmpty()) {
            providerId = providerList.get(0).getId();
        }
        if (date == null) {
            date = LocalDate.now(clock);
        }
    }

    private DefaultScheduleEvent<Long> event(CalendarEntry entry) {
        var a = entry.appointment();
        String who = roomId == null ? entry.roomName() : entry.providerName();
        return DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(a.getId()))
                .title(entry.patientName() + " · " + who)
                .description(a.getKind() + ", " + a.getStatus())
                .startDate(a.getStart()).endDate(a.getEnd())
                .backgroundColor(entry.colour()).borderColor(entry.colour())
                .styleClass("therapy-" + a.getKind().name().toLowerCase() + " status-" + a.getStatus().name().toLowerCase())
                .url(a.getCourseId() == null ? null : "course.xhtml?id=" + a.getCourseId())
                .editable(false).data(a.getId()).build();
    }

    /** Shows a provider's calendar (the room choice is cleared). */
    public void showProvider() {
        roomId = null;
    }

    /** Shows a room's calendar (the provider choice is cleared). */
    public void showRoom() {
        providerId = null;
    }

    public String getZone() {
        return clock.getZone().getId();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<Provider> getProviders() {
        return providerList;
    }

    public List<Room> getRooms() {
        return roomList;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
