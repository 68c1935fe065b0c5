package com.dorsum.web.people;

import com.dorsum.people.Discipline;
import com.dorsum.people.Provider;
import com.dorsum.people.ProviderDirectory;
import com.dorsum.people.WorkingHours;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.Room;
import com.dorsum.scheduling.Rooms;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Providers with their weekly hours, and rooms with the visits they suit; ADMIN adds them. */
@Named
@ViewScoped
public class ProvidersBean implements Serializable {

    @Inject
    ProviderDirectory directory;

    @Inject
    Rooms roomList;

    private List<Provider> providers;
    private List<Room> rooms;
    private String newProviderName;
    private Discipline newProviderDiscipline;
    private String newRoomName;
    private boolean newRoomFluoroscopy;
    private List<VisitKind> newRoomKinds = new ArrayList<>();
    private Long editedId;
    private String editedName;
    private String editedHours;
    private boolean editedActive;

    public List<Provider> getProviders() {
        if (providers == null) {
            providers = directory.providers(null, 0, PageOf.MAX_SIZE).items();
        }
        return providers;
    }

    public List<Room> getRooms() {
        if (rooms == null) {
            rooms = roomList.all();
        }
        return rooms;
    }

    public String hoursOf(Provider provider) {
        return WorkingHours.formatWeek(provider.getWeeklyHours());
    }

    /** Opens the edit dialog with the provider's current values. */
    public void startEditing(Provider provider) {
        editedId = provider.getId();
        editedName = provider.getName();
        editedHours = hoursOf(provider);
        editedActive = provider.isActive();
    }

    /** Saves the dialog; on a refusal the dialog stays open with what was typed. */
    public void saveProvider() {
        try {
            directory.changeProvider(editedId, editedName, editedHours, editedActive);
            FacesErrors.info("Saved " + editedName);
            providers = null;
            PrimeFaces.current().executeScript("PF('editProvider').hide()");
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** A new provider starts with weekday hours 08:00-16:30, to be adjusted. */
    public void addProvider() {
        try {
            List<WorkingHours> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
                    .map(d -> new WorkingHours(d, LocalTime.of(8, 0), LocalTime.of(16, 30))).toList();
            directory.addProvider(newProviderName, newProviderDiscipline, weekdays);
            FacesErrors.info("Added " + newProviderName);
            newProviderName = null;
            providers = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void addRoom() {
        try {
            roomList.add(newRoomName, newRoomFluoroscopy,
                    newRoomKinds.isEmpty() ? EnumSet.noneOf(VisitKind.class) : EnumSet.copyOf(newRoomKinds));
            FacesErrors.info("Added room " + newRoomName);
            newRoomName = null;
            rooms = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public VisitKind[] getVisitKinds() {
        return VisitKind.values();
    }

    public boolean isNewRoomFluoroscopy() {
        return newRoomFluoroscopy;
    }

    public void setNewRoomFluoroscopy(boolean newRoomFluoroscopy) {
        this.newRoomFluoroscopy = newRoomFluoroscopy;
    }

    public List<VisitKind> getNewRoomKinds() {
        return newRoomKinds;
    }

    public void setNewRoomKinds(List<VisitKind> newRoomKinds) {
        this.newRoomKinds = newRoomKinds;
    }

    public Discipline[] getDisciplines() {
        return Discipline.values();
    }

    public String getNewProviderName() {
        return newProviderName;
    }

    public void setNewProviderName(String newProviderName) {
        this.newProviderName = newProviderName;
    }

    public Discipline getNewProviderDiscipline() {
        return newProviderDiscipline;
    }

    public void setNewProviderDiscipline(Discipline newProviderDiscipline) {
        this.newProviderDiscipline = newProviderDiscipline;
    }

    public String getNewRoomName() {
        return newRoomName;
    }

    public void setNewRoomName(String newRoomName) {
        this.newRoomName = newRoomName;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }

    public String getEditedHours() {
        return editedHours;
    }

    public void setEditedHours(String editedHours) {
        this.editedHours = editedHours;
    }

    public boolean isEditedActive() {
        return editedActive;
    }

    public void setEditedActive(boolean editedActive) {
        this.editedActive = editedActive;
    }
}
