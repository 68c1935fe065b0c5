package com.dorsum.outcomes;

import com.dorsum.referrals.ConservativeTherapyRecord;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.Visit;
import com.dorsum.scheduling.VisitKind;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets the scores speak where the record of conservative therapy is read (R25 for R11): a completed physiotherapy
 * course or chiropractic/osteopathic series whose scores at its start and end reach no minimal clinically
 * important improvement counts as "no adequate relief" for the surgery gate, whatever was typed; and the
 * referral letter lists each completed course's scores.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ScoredTherapyRecord implements ConservativeTherapyRecord {

    private static final Set<VisitKind> CONSERVATIVE = EnumSet.of(VisitKind.PHYSIOTHERAPY, VisitKind.CHIROPRACTIC,
            VisitKind.OSTEOPATHY);

    @Inject
    @Delegate
    @Any
    ConservativeTherapyRecord record;

    @Inject
    ScoredCourses scored;

    @Override
    public boolean completedCourseWithoutAdequateRelief(long patientId) {
        return record.completedCourseWithoutAdequateRelief(patientId)
                || scored.completed(patientId).entrySet().stream().anyMatch(c -> withoutImportantChange(c));
    }

    @Override
    public List<String> courseOutcomes(long patientId) {
        List<String> lines = new ArrayList<>(record.courseOutcomes(patientId));
        scored.completed(patientId).forEach((course, verdicts) -> verdicts.forEach(v -> lines.add(
                Visit.nameOf(course.getTherapy()) + " completed " + course.getEndedOn() + ", scores: " + v.summary())));
        return lines;
    }

    private static boolean withoutImportantChange(Map.Entry<Course, List<CourseVerdict>> course) {
        return CONSERVATIVE.contains(course.getKey().getTherapy()) && !course.getValue().isEmpty()
                && course.getValue().stream().noneMatch(CourseVerdict::improved);
    }
}
