<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AfterView</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/breathe_after.py" line="+76"/>
        <source>You took %n slow breath(s).</source>
        <translation>
            <numerusform>You took %n slow breath.</numerusform>
            <numerusform>You took %n slow breaths.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You relaxed %n muscle group(s).</source>
        <translation>
            <numerusform>You relaxed %n muscle group.</numerusform>
            <numerusform>You relaxed %n muscle groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You went through %n step(s).</source>
        <translation>
            <numerusform>You went through %n step.</numerusform>
            <numerusform>You went through %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/breathe.py" line="+310"/>
        <source>%n session(s), %1 in all.</source>
        <translation>
            <numerusform>%n session, %1 in all.</numerusform>
            <numerusform>%n sessions, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n step(s), about %1</source>
        <translation>
            <numerusform>%n step, about %1</numerusform>
            <numerusform>%n steps, about %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n step(s), at your own pace</source>
        <translation>
            <numerusform>%n step, at your own pace</numerusform>
            <numerusform>%n steps, at your own pace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n breath(s), %1 in all.</source>
        <translation>
            <numerusform>%n breath, %1 in all.</numerusform>
            <numerusform>%n breaths, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_dialog.py" line="+65"/>
        <source>&amp;Merge %n change(s)</source>
        <translation>
            <numerusform>&amp;Merge %n change</numerusform>
            <numerusform>&amp;Merge %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merged %n change(s) from %1.</source>
        <translation>
            <numerusform>Merged %n change from %1.</numerusform>
            <numerusform>Merged %n changes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n change(s) from %2</source>
        <translation>
            <numerusform>%1: %n change from %2</numerusform>
            <numerusform>%1: %n changes from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../../companion/ui/names.py" line="+63"/>
        <source>%n day(s) until intake at %1 (%2).</source>
        <translation>
            <numerusform>%n day until intake at %1 (%2).</numerusform>
            <numerusform>%n days until intake at %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) until intake (%2).</source>
        <translation>
            <numerusform>%n day until intake (%2).</numerusform>
            <numerusform>%n days until intake (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../companion/ui/counts.py" line="+20"/>
        <source>Everything (%n record(s)) was saved to %1. Keep this file somewhere private.</source>
        <translation>
            <numerusform>Everything (%n record) was saved to %1. Keep this file somewhere private.</numerusform>
            <numerusform>Everything (%n records) was saved to %1. Keep this file somewhere private.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This file cannot be imported (%n problem(s) found). Nothing was changed.</source>
        <translation>
            <numerusform>This file cannot be imported (%n problem found). Nothing was changed.</numerusform>
            <numerusform>This file cannot be imported (%n problems found). Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CravingTrends</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/journal_cravings.py" line="+127"/>
        <source>%n time(s) in these days</source>
        <translation>
            <numerusform>%n time in these days</numerusform>
            <numerusform>%n times in these days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n urge-surfing session(s)</source>
        <translation>
            <numerusform>%n urge-surfing session</numerusform>
            <numerusform>%n urge-surfing sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n quick check(s)</source>
        <translation>
            <numerusform>%n quick check</numerusform>
            <numerusform>%n quick checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>During urge surfing it fell by %1 on average (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>During urge surfing it fell by %1 on average (%n session rated before and after).</numerusform>
            <numerusform>During urge surfing it fell by %1 on average (%n sessions rated before and after).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Cravings worked through over %n day(s): %1 in all; most on %2 (%3).</source>
        <translation>
            <numerusform>Cravings worked through over %n day: %1 in all; most on %2 (%3).</numerusform>
            <numerusform>Cravings worked through over %n days: %1 in all; most on %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CravingWords</name>
    <message numerus="yes">
        <location filename="../../companion/ui/craving_words.py" line="+112"/>
        <source>%n urge-surfing session(s)</source>
        <translation>
            <numerusform>%n urge-surfing session</numerusform>
            <numerusform>%n urge-surfing sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n quick check(s)</source>
        <translation>
            <numerusform>%n quick check</numerusform>
            <numerusform>%n quick checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>rated %n time(s)</source>
        <translation>
            <numerusform>rated %n time</numerusform>
            <numerusform>rated %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n session(s) rated before and after</source>
        <translation>
            <numerusform>%n session rated before and after</numerusform>
            <numerusform>%n sessions rated before and after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CravingsView</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/cravings.py" line="+121"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLimit</name>
    <message numerus="yes">
        <location filename="../../companion/ui/widgets/limits.py" line="+60"/>
        <source>Up to %n line(s), each up to %1 characters.</source>
        <translation>
            <numerusform>Up to %n line, each up to %1 characters.</numerusform>
            <numerusform>Up to %n lines, each up to %1 characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Up to %n character(s).</source>
        <translation>
            <numerusform>Up to %n character.</numerusform>
            <numerusform>Up to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>This line: %1 of %n character(s).</source>
        <translation>
            <numerusform>This line: %1 of %n character.</numerusform>
            <numerusform>This line: %1 of %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n character(s).</source>
        <translation>
            <numerusform>%1 of %n character.</numerusform>
            <numerusform>%1 of %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelperTodayPage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/today_helper.py" line="+215"/>
        <source>%n open task(s), %1 overdue.</source>
        <translation>
            <numerusform>%n open task, %1 overdue.</numerusform>
            <numerusform>%n open tasks, %1 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open task(s).</source>
        <translation>
            <numerusform>%n open task.</numerusform>
            <numerusform>%n open tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n more task(s)</source>
        <translation>
            <numerusform>%n more task</numerusform>
            <numerusform>%n more tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message numerus="yes">
        <location filename="../../companion/ui/widgets/history_chart.py" line="+46"/>
        <source>Last %n day(s): %1</source>
        <translation>
            <numerusform>Last %n day: %1</numerusform>
            <numerusform>Last %n days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/journal.py" line="+477"/>
        <source>%n day(s) written to %1.</source>
        <translation>
            <numerusform>%n day written to %1.</numerusform>
            <numerusform>%n days written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>The summary of %n day(s) was saved to %1.</source>
        <translation>
            <numerusform>The summary of %n day was saved to %1.</numerusform>
            <numerusform>The summary of %n days was saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/learn.py" line="+186"/>
        <source>%1 of %n section(s) read</source>
        <translation>
            <numerusform>%1 of %n section read</numerusform>
            <numerusform>%1 of %n sections read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../companion/ui/main_window.py" line="+634"/>
        <source>%n appointment(s) not shown: date outside 1900–2199.</source>
        <translation>
            <numerusform>%n appointment not shown: its date is outside 1900–2199.</numerusform>
            <numerusform>%n appointments not shown: their dates are outside 1900–2199.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_dialog.py" line="+71"/>
        <source>Merge %n change(s)</source>
        <translation>
            <numerusform>Merge %n change</numerusform>
            <numerusform>Merge %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketCounts</name>
    <message numerus="yes">
        <location filename="../../companion/ui/plan_packet.py" line="+29"/>
        <source>%n saved appointment(s) left out: the date is before 1900 or after 2199.</source>
        <translation>
            <numerusform>%n saved appointment left out: the date is before 1900 or after 2199.</numerusform>
            <numerusform>%n saved appointments left out: the date is before 1900 or after 2199.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRemoval</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/prepare_people.py" line="+47"/>
        <source>Their %n task(s) came back to you.</source>
        <translation>
            <numerusform>Their %n task came back to you.</numerusform>
            <numerusform>Their %n tasks came back to you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/plan.py" line="+545"/>
        <source>%n saved appointment(s) left out: the date is before 1900 or after 2199.</source>
        <translation>
            <numerusform>%n saved appointment left out: the date is before 1900 or after 2199.</numerusform>
            <numerusform>%n saved appointments left out: the date is before 1900 or after 2199.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The plan packet (%n page(s)) was saved to %1.</source>
        <translation>
            <numerusform>The plan packet (%n page) was saved to %1.</numerusform>
            <numerusform>The plan packet (%n pages) was saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeTime</name>
    <message numerus="yes">
        <location filename="../../companion/ui/names.py" line="+34"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PractiseDialog</name>
    <message numerus="yes">
        <location filename="../../companion/ui/conversation_practice.py" line="+56"/>
        <source>%n step(s) with nothing written are left out.</source>
        <translation>
            <numerusform>%n step with nothing written is left out.</numerusform>
            <numerusform>%n steps with nothing written are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/plan_safety.py" line="+120"/>
        <source>%n of 7 step(s) filled in.</source>
        <translation>
            <numerusform>%n of 7 step filled in.</numerusform>
            <numerusform>%n of 7 steps filled in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/journal_search.py" line="+81"/>
        <source>%n day(s) found.</source>
        <translation>
            <numerusform>%n day found.</numerusform>
            <numerusform>%n days found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedPlanTab</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/shared_plan.py" line="+395"/>
        <source>%n change(s) saved to %1.</source>
        <translation>
            <numerusform>%n change saved to %1.</numerusform>
            <numerusform>%n changes saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedWords</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/shared_plan_parts.py" line="+41"/>
        <source>%n dose(s) of naloxone</source>
        <translation>
            <numerusform>%n dose of naloxone</numerusform>
            <numerusform>%n doses of naloxone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SleepAnswer</name>
    <message numerus="yes">
        <location filename="../../companion/ui/widgets/sleep_answer.py" line="+43"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCounts</name>
    <message numerus="yes">
        <location filename="../../companion/ui/report.py" line="+35"/>
        <source>%n day(s) with a check-in</source>
        <translation>
            <numerusform>%n day with a check-in</numerusform>
            <numerusform>%n days with a check-in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %n day(s) before</source>
        <translation>
            <numerusform>The %n day before</numerusform>
            <numerusform>The %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Each point is the average of %n day(s).</source>
        <translation>
            <numerusform>Each point is the average of %n day.</numerusform>
            <numerusform>Each point is the average of %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <location filename="../../companion/ui/widgets/timeline_chart.py" line="+215"/>
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/today.py" line="+324"/>
        <source>Relaxation practice this week: %1, in %n session(s).</source>
        <translation>
            <numerusform>Relaxation practice this week: %1, in %n session.</numerusform>
            <numerusform>Relaxation practice this week: %1, in %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You have read %1 of %n section(s).</source>
        <translation>
            <numerusform>You have read %1 of %n section.</numerusform>
            <numerusform>You have read %1 of %n sections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/journal_trends.py" line="+343"/>
        <source>%1 over %n day(s): from %2 to %3, average %4; lowest %5 on %6, highest %7 on %8.</source>
        <translation>
            <numerusform>%1 over %n day: from %2 to %3, average %4; lowest %5 on %6, highest %7 on %8.</numerusform>
            <numerusform>%1 over %n days: from %2 to %3, average %4; lowest %5 on %6, highest %7 on %8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrgeAfterView</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/urge_after.py" line="+115"/>
        <source>A short note, if you like (up to %n character(s)):</source>
        <translation>
            <numerusform>A short note, if you like (up to %n character):</numerusform>
            <numerusform>A short note, if you like (up to %n characters):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>It fell by %n point(s), from %1 to %2.</source>
        <translation>
            <numerusform>It fell by %n point, from %1 to %2.</numerusform>
            <numerusform>It fell by %n points, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
