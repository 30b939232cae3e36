<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BreathePage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/breathe.py" line="+274"/>
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
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../../companion/ui/names.py" line="+62"/>
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
    <name>HistoryChart</name>
    <message numerus="yes">
        <location filename="../../companion/ui/widgets/history_chart.py" line="+48"/>
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
        <location filename="../../companion/ui/pages/journal.py" line="+409"/>
        <source>%n day(s) written to %1.</source>
        <translation>
            <numerusform>%n day written to %1.</numerusform>
            <numerusform>%n days written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
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
        <location filename="../../companion/ui/pages/learn.py" line="+137"/>
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
        <location filename="../../companion/ui/main_window.py" line="+493"/>
        <source>%n appointment(s) not shown: date outside 1900–2199.</source>
        <translation>
            <numerusform>%n appointment not shown: its date is outside 1900–2199.</numerusform>
            <numerusform>%n appointments not shown: their dates are outside 1900–2199.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketCounts</name>
    <message numerus="yes">
        <location filename="../../companion/ui/plan_packet.py" line="+68"/>
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
        <location filename="../../companion/ui/pages/prepare_people.py" line="+42"/>
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
        <location filename="../../companion/ui/pages/plan.py" line="+399"/>
        <source>%n saved appointment(s) left out: the date is before 1900 or after 2199.</source>
        <translation>
            <numerusform>%n saved appointment left out: the date is before 1900 or after 2199.</numerusform>
            <numerusform>%n saved appointments left out: the date is before 1900 or after 2199.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
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
    <name>SearchView</name>
    <message numerus="yes">
        <location filename="../../companion/ui/pages/journal_search.py" line="+80"/>
        <source>%n day(s) found.</source>
        <translation>
            <numerusform>%n day found.</numerusform>
            <numerusform>%n days found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <location filename="../../companion/ui/widgets/timeline_chart.py" line="+207"/>
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
        <location filename="../../companion/ui/pages/today.py" line="+262"/>
        <source>Relaxation practice this week: %1, in %n session(s).</source>
        <translation>
            <numerusform>Relaxation practice this week: %1, in %n session.</numerusform>
            <numerusform>Relaxation practice this week: %1, in %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>You have read %1 of %n section(s).</source>
        <translation>
            <numerusform>You have read %1 of %n section.</numerusform>
            <numerusform>You have read %1 of %n sections.</numerusform>
        </translation>
    </message>
</context>
</TS>
