<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AfterView</name>
    <message>
        <location filename="../../companion/ui/pages/breathe_after.py" line="+48"/>
        <source>How tense you feel after</source>
        <translation>Tensión que siente después</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>How tense do you feel now? 0 is calm, 10 is very tense. You can skip this.</source>
        <translation>¿Cuánta tensión siente ahora? 0 es en calma, 10 es muy tenso. Puede omitirlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: save the session</source>
        <translation>Listo: guardar la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the session and go back to Breathe</source>
        <translation>Guardar la sesión y volver a Respirar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You practised for %1.</source>
        <translation>Ha practicado durante %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You took %n slow breath(s).</source>
        <translation>
            <numerusform>Hizo %n respiración lenta.</numerusform>
            <numerusform>Hizo %n respiraciones lentas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You relaxed %n muscle group(s).</source>
        <translation>
            <numerusform>Relajó %n grupo de músculos.</numerusform>
            <numerusform>Relajó %n grupos de músculos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You went through %n step(s).</source>
        <translation>
            <numerusform>Completó %n paso.</numerusform>
            <numerusform>Completó %n pasos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping early is fine. It still counts.</source>
        <translation>Está bien parar antes. Aun así cuenta.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../companion/ui/app.py" line="+112"/>
        <source>Your data file was damaged, so Prep Companion restored your data from the backup of %1.</source>
        <translation>Su archivo de datos estaba dañado, así que Prep Companion restauró sus datos desde la copia de seguridad del %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything saved after that backup may be missing.</source>
        <translation>Puede que falte lo que se guardó después de esa copia de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>The damaged file was kept, not deleted, at: %1</source>
        <translation>El archivo dañado se conservó, no se eliminó, en: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your data file was damaged and there was no good backup, so Prep Companion started fresh.</source>
        <translation>Su archivo de datos estaba dañado y no había una copia de seguridad válida, así que Prep Companion empezó de cero.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prep Companion could not start</source>
        <translation>Prep Companion no pudo abrirse</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Already open</source>
        <translation>Ya está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prep Companion is already open. Its window has been brought forward.</source>
        <translation>Prep Companion ya está abierto. Su ventana se trajo al frente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data is busy</source>
        <translation>Sus datos están en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prep Companion cannot open your data right now: a command (%1) is still working on it. Please try again in a moment. Nothing was changed.</source>
        <translation>Prep Companion no puede abrir sus datos ahora mismo: una orden (%1) todavía está trabajando con ellos. Inténtelo de nuevo en un momento. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your data was restored</source>
        <translation>Sus datos se restauraron</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/plan_dialogs.py" line="+106"/>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an appointment</source>
        <translation>Agregar una cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It goes into your plan, and can be saved to your calendar.</source>
        <translation>Se añade a su plan y puede guardarse en su calendario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of appointment</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: first counselling session</source>
        <translation>Por ejemplo: primera sesión de consejería</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Repeats every week</source>
        <translation>Se repite cada semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;th</source>
        <translation>Con &amp;quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../companion/ui/autosave.py" line="+64"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+13"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved, except what is marked below</source>
        <translation>Guardado, salvo lo que se marca abajo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../companion/ui/pages/settings_data.py" line="+171"/>
        <location line="+27"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Copies of your data made automatically. Restoring one replaces what the app holds now; your current data is kept as a backup first.</source>
        <translation>Copias de sus datos hechas automáticamente. Restaurar una reemplaza lo que la aplicación tiene ahora; antes, sus datos actuales se guardan como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup from %1?</source>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current data is kept as a backup first.</source>
        <translation>Antes se guardan sus datos actuales como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the app held before is kept as a backup too.</source>
        <translation>Lo que la aplicación tenía antes también se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data was restored from the backup.</source>
        <translation>Sus datos se restauraron desde la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>BodyCheck</name>
    <message>
        <location filename="../../companion/ui/pages/journal_symptoms.py" line="+31"/>
        <source>Add how my &amp;body feels</source>
        <translation>&amp;Añadir cómo se siente mi cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add how my body feels</source>
        <translation>Añadir cómo se siente mi cuerpo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate symptoms like aching muscles or sweating, from 0 to 4</source>
        <translation>Califique síntomas como dolor muscular o sudor, de 0 a 4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How my body feels</source>
        <translation>Cómo se siente mi cuerpo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a clinical scale — share it with your care team. Rate each from 0 (not at all) to 4 (extremely).</source>
        <translation>No es una escala clínica — compártala con su equipo de atención. Califique cada uno de 0 (nada) a 4 (extremadamente).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;kip symptoms today</source>
        <translation>&amp;Omitir los síntomas hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip symptoms today</source>
        <translation>Omitir los síntomas hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example on days before detox</source>
        <translation>Por ejemplo, en los días antes de la desintoxicación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderately</source>
        <translation>Moderadamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quite a bit</source>
        <translation>Bastante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extremely</source>
        <translation>Extremadamente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;all symptoms</source>
        <translation>Mostrar &amp;todos los síntomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all symptoms</source>
        <translation>Mostrar todos los síntomas</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Symptoms skipped today.</source>
        <translation>Síntomas omitidos hoy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: %1 of %2</source>
        <translation>Total: %1 de %2</translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message>
        <location filename="../../companion/ui/pages/breathe.py" line="+72"/>
        <location line="+3"/>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slow, guided breathing for a wave of craving, worry or pain.</source>
        <translation>Respiración lenta y guiada para una ola de ansia, preocupación o dolor.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+75"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Exercises or cravings</source>
        <translation>Ejercicios o ganas de consumir</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the exercise</source>
        <translation>Iniciar el ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected exercise (Enter in the list)</source>
        <translation>Iniciar el ejercicio seleccionado (Enter en la lista)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New breathing pattern</source>
        <translation>Nuevo patrón de respiración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make your own breathing pattern</source>
        <translation>Crear su propio patrón de respiración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this pattern</source>
        <translation>Editar este patrón</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaths</source>
        <translation>&amp;Respiraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length in breaths</source>
        <translation>Duración en respiraciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How tense you feel before</source>
        <translation>Tensión que siente antes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soft &amp;chime when the phase changes</source>
        <translation>Sonido suave al &amp;cambiar de fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chime when the phase changes</source>
        <translation>Sonido al cambiar de fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;peak the phase words</source>
        <translation>Decir las &amp;fases en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak the phase words</source>
        <translation>Decir las fases en voz alta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your practice, last 14 days</source>
        <translation>Su práctica, últimos 14 días</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> (yours)</source>
        <translation> (suyo)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n session(s), %1 in all.</source>
        <translation>
            <numerusform>%n sesión, %1 en total.</numerusform>
            <numerusform>%n sesiones, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sessions in these 14 days yet.</source>
        <translation>Aún no hay sesiones en estos 14 días.</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n step(s), about %1</source>
        <translation>
            <numerusform>%n paso, unos %1</numerusform>
            <numerusform>%n pasos, unos %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+273"/>
        <source>Removed “%1”.</source>
        <translation>Se quitó “%1”.</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>On average, tension changed by %1 points after a session.</source>
        <translation>En promedio, la tensión cambió %1 puntos después de una sesión.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this pattern</source>
        <translation>Quitar este patrón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your practice history stays. You can undo it.</source>
        <translation>Su historial de práctica se conserva. Puede deshacerlo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>How tense do you feel? 0 is calm, 10 is very tense. You can skip this.</source>
        <translation>¿Cuánta tensión siente? 0 es en calma, 10 es muy tenso. Puede omitirlo.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rate how tense you feel before and after to see if it helps you.</source>
        <translation>Indique cuánta tensión siente antes y después para ver si le ayuda.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Take care: %1</source>
        <translation>Tenga cuidado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In %1 s · hold %2 s · out %3 s · hold %4 s</source>
        <translation>Inhale %1 s · sostenga %2 s · exhale %3 s · sostenga %4 s</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n step(s), at your own pace</source>
        <translation>
            <numerusform>%n paso, a su propio ritmo</numerusform>
            <numerusform>%n pasos, a su propio ritmo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n breath(s), %1 in all.</source>
        <translation>
            <numerusform>%n respiración, %1 en total.</numerusform>
            <numerusform>%n respiraciones, %1 en total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../companion/ui/widgets/calendar_popup.py" line="+85"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/prepare_dialogs.py" line="+186"/>
        <source>Edit call</source>
        <translation>Editar llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a call</source>
        <translation>Registrar una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note of a call to a program, so you remember who said what.</source>
        <translation>Una nota de una llamada a un programa, para recordar quién dijo qué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the program or clinic</source>
        <translation>Nombre del programa o la clínica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you called</source>
        <translation>Cuándo llamó</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who called</source>
        <translation>Quién llamó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what they said…</source>
        <translation>Elija lo que le dijeron…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No call back</source>
        <translation>Sin llamada pendiente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Outcome: please choose what the program said.</source>
        <translation>Resultado: elija, por favor, lo que le dijo el programa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call back: please choose the day and time to call back.</source>
        <translation>Volver a llamar: elija, por favor, el día y la hora para volver a llamar.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Called</source>
        <translation>&amp;Cuándo llamó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who called</source>
        <translation>&amp;Quién llamó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;back</source>
        <translation>&amp;Volver a llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <location filename="../../companion/ui/pages/prepare_calls.py" line="+62"/>
        <source>&amp;Log a call…</source>
        <translation>&amp;Registrar llamada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call</source>
        <translation>Registrar una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected call</source>
        <translation>Editar la llamada seleccionada</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Called</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who called</source>
        <translation>Quién llamó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected call</source>
        <translation>Quitar la llamada seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to programs</source>
        <translation>Llamadas a programas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No calls logged yet. When you or a helper call a detox program, note what they said here, and when to call back.</source>
        <translation>Aún no hay llamadas registradas. Cuando usted o una persona de apoyo llamen a un programa de desintoxicación, anote aquí lo que les dijeron y cuándo volver a llamar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the call to %1</source>
        <translation>la llamada a %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Questions to ask…</source>
        <translation>&amp;Preguntas para hacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to ask a program</source>
        <translation>Preguntas para hacer a un programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The questions to ask when you call a program, to print or save</source>
        <translation>Las preguntas para hacer cuando llame a un programa, para imprimir o guardar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Next call back: %1 at %2.</source>
        <translation>Próxima llamada: %1, el %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back due: %1, since %2.</source>
        <translation>Llamada pendiente: %1, desde %2.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../companion/ui/protection_dialogs.py" line="+388"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recovery key stays the same. Your data is not rewritten.</source>
        <translation>Su clave de recuperación sigue siendo la misma. Sus datos no se vuelven a escribir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase now, or recovery key</source>
        <translation>Frase de contraseña actual, o clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase &amp;now</source>
        <translation>Frase &amp;actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <location filename="../../companion/ui/progress_dialog.py" line="+46"/>
        <source>ticked done on %1</source>
        <translation>marcada como hecha el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unticked</source>
        <translation>desmarcada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note removed</source>
        <translation>nota quitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not merged: you changed this task after they did.</source>
        <translation>No se une: usted cambió esta tarea después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not merged: this task is not theirs.</source>
        <translation>No se une: esta tarea no es suya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not merged: this task is no longer in your list.</source>
        <translation>No se une: esta tarea ya no está en su lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not merged: the task is already like this.</source>
        <translation>No se une: la tarea ya está así.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not merged.</source>
        <translation>No se une.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Merge %n change(s)</source>
        <translation>
            <numerusform>&amp;Unir %n cambio</numerusform>
            <numerusform>&amp;Unir %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merged %n change(s) from %1.</source>
        <translation>
            <numerusform>Se unió %n cambio de %1.</numerusform>
            <numerusform>Se unieron %n cambios de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n change(s) from %2</source>
        <translation>
            <numerusform>%1: %n cambio de %2</numerusform>
            <numerusform>%1: %n cambios de %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(undone)</source>
        <translation>(deshecha)</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../companion/ui/models/checklist_model.py" line="+47"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1  (%2 of %3 done)</source>
        <translation>%1  (%2 de %3 hechas)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../companion/ui/pages/prepare_checklist.py" line="+212"/>
        <source>%1 — overdue</source>
        <translation>%1 — atrasada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, overdue</source>
        <translation>, atrasada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../companion/ui/pages/prepare_checklist.py" line="-142"/>
        <source>&amp;Add a task…</source>
        <translation>&amp;Agregar tarea…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a task</source>
        <translation>Agregar una tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a task (Ctrl+N)</source>
        <translation>Agregar una tarea (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected task</source>
        <translation>Editar la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected task (Enter)</source>
        <translation>Editar la tarea seleccionada (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected task</source>
        <translation>Quitar la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected task (Delete); you can undo</source>
        <translation>Quitar la tarea seleccionada (Supr); puede deshacerlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected task up</source>
        <translation>Subir la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Ctrl+Up); you can also drag tasks</source>
        <translation>Subir (Ctrl+Flecha arriba); también puede arrastrar las tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected task down</source>
        <translation>Bajar la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Ctrl+Down); you can also drag tasks</source>
        <translation>Bajar (Ctrl+Flecha abajo); también puede arrastrar las tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide done</source>
        <translation>&amp;Ocultar hechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide done tasks</source>
        <translation>Ocultar las tareas hechas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open the related section</source>
        <translation>Abrir la sección relacionada</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to show. Every task here is done, or none is given to this person.</source>
        <translation>No hay nada que mostrar. Todas las tareas aquí están hechas, o ninguna está asignada a esta persona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist is empty. Add a task to begin.</source>
        <translation>La lista está vacía. Agregue una tarea para empezar.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Practice sessions: %1 of %2. This ticks itself when you reach %2.</source>
        <translation>Sesiones de práctica: %1 de %2. Esto se marca solo cuando llegue a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Breathe</source>
        <translation>Abrir Respirar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read more in Learn</source>
        <translation>Leer más en Aprender</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Removed “%1”.</source>
        <translation>Se quitó “%1”.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <location filename="../../companion/ui/widgets/choice_row.py" line="+204"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/plan_dialogs.py" line="-127"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone you can call. It stays on this computer, in your plan.</source>
        <translation>Alguien a quien puede llamar. Se queda en este equipo, en su plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When they can help</source>
        <translation>Cuándo puede ayudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: evenings, weekends</source>
        <translation>Por ejemplo: tardes, fines de semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show under “My people” in Get help now</source>
        <translation>Mostrar en “Mi gente” en Ayuda ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Get help now</source>
        <translation>Mostrar en Ayuda ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Include in a plan I share with helpers</source>
        <translation>Incluir en el plan que comparto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name and phone go into the file made by “Share with a helper”.</source>
        <translation>Su nombre y su teléfono van en el archivo hecho con «Compartir con quien le ayuda».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lationship</source>
        <translation>Re&amp;lación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;vailable</source>
        <translation>Di&amp;sponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>ConversationPdf</name>
    <message>
        <location filename="../../companion/ui/conversation_pdf.py" line="+31"/>
        <source>talk-notes.pdf</source>
        <translation>notas-charla.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversation-plan.pdf</source>
        <translation>plan-de-conversacion.pdf</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Notes for a talk</source>
        <translation>Notas para una charla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My conversation plan</source>
        <translation>Mi plan de conversación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <location filename="../../companion/ui/pages/conversations.py" line="+104"/>
        <source>Prepare a talk with the person you are helping, step by step, then practise it aloud. It saves itself as you type.</source>
        <translation>Prepare paso a paso una conversación con la persona a la que ayuda y luego practíquela en voz alta. Se guarda sola mientras escribe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose who is helping first. Your conversation plans are kept under your name, and will be here.</source>
        <translation>Primero elija quién ayuda. Sus planes de conversación se guardan a su nombre y aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conversation plan</source>
        <translation>Plan de conversación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New conversation plan…</source>
        <translation>&amp;Nuevo plan de conversación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New conversation plan</source>
        <translation>Nuevo plan de conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected conversation plan</source>
        <translation>Cambiar el nombre del plan de conversación elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected conversation plan</source>
        <translation>Quitar el plan de conversación elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation plans</source>
        <translation>Planes de conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan what you want to say before a hard talk: a good moment, a positive start, what you ask for and how you can help. Then practise it aloud.</source>
        <translation>Planee lo que quiere decir antes de una conversación difícil: un buen momento, un comienzo positivo, lo que pide y cómo puede ayudar. Luego practíquelo en voz alta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Practise it</source>
        <translation>&amp;Practicarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise this conversation plan</source>
        <translation>Practicar este plan de conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See your words one step at a time, to say them aloud.</source>
        <translation>Vea sus palabras paso a paso, para decirlas en voz alta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print or save as P&amp;DF…</source>
        <translation>Imprimir o guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this plan or save it as a PDF</source>
        <translation>Imprimir este plan o guardarlo como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan on one page, to print or keep.</source>
        <translation>El plan en una página, para imprimirlo o guardarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Steps written: %1 of 8</source>
        <translation>Pasos escritos: %1 de 8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed %1</source>
        <translation>cambiado el %1</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>your conversation plan</source>
        <translation>su plan de conversación</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save conversation plan</source>
        <translation>Guardar el plan de conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation plan was saved to %1.</source>
        <translation>El plan de conversación se guardó en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it or keep it with you to read before the talk.</source>
        <translation>Imprímalo o llévelo consigo para leerlo antes de la conversación.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../../companion/ui/names.py" line="+63"/>
        <source>%n day(s) until intake at %1 (%2).</source>
        <translation>
            <numerusform>Falta %n día para el ingreso en %1 (%2).</numerusform>
            <numerusform>Faltan %n días para el ingreso en %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) until intake (%2).</source>
        <translation>
            <numerusform>Falta %n día para el ingreso (%2).</numerusform>
            <numerusform>Faltan %n días para el ingreso (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intake is tomorrow at %1 (%2).</source>
        <translation>El ingreso es mañana en %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake is tomorrow (%2).</source>
        <translation>El ingreso es mañana (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intake is today at %1 (%2).</source>
        <translation>El ingreso es hoy en %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake is today (%2).</source>
        <translation>El ingreso es hoy (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intake was on %2 at %1.</source>
        <translation>El ingreso fue el %2 en %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intake was on %2.</source>
        <translation>El ingreso fue el %2.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../companion/ui/counts.py" line="+20"/>
        <source>Everything (%n record(s)) was saved to %1. Keep this file somewhere private.</source>
        <translation>
            <numerusform>Todo (%n elemento) se guardó en %1. Guarde este archivo en un lugar privado.</numerusform>
            <numerusform>Todo (%n elementos) se guardó en %1. Guarde este archivo en un lugar privado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Se importó %n elemento.</numerusform>
            <numerusform>Se importaron %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This file cannot be imported (%n problem(s) found). Nothing was changed.</source>
        <translation>
            <numerusform>Este archivo no se puede importar (se encontró %n problema). No se cambió nada.</numerusform>
            <numerusform>Este archivo no se puede importar (se encontraron %n problemas). No se cambió nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../companion/ui/crash.py" line="+104"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong. What you typed is kept. You can carry on; if it happens again, close Prep Companion and open it again.</source>
        <translation>Algo salió mal. Lo que escribió está guardado. Puede continuar; si vuelve a pasar, cierre Prep Companion y ábralo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong. What you typed is still on the screen but may not be saved yet: please check it before you close Prep Companion.</source>
        <translation>Algo salió mal. Lo que escribió sigue en la pantalla, pero puede que aún no esté guardado: revíselo antes de cerrar Prep Companion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A note about the problem was saved in: %1</source>
        <translation>Se guardó una nota sobre el problema en: %1</translation>
    </message>
</context>
<context>
    <name>CravingChart</name>
    <message>
        <location filename="../../companion/ui/pages/journal_cravings.py" line="+39"/>
        <source>Cravings worked through per day</source>
        <translation>Deseos de consumir afrontados por día</translation>
    </message>
</context>
<context>
    <name>CravingTrends</name>
    <message>
        <location line="+47"/>
        <source>Cravings worked through</source>
        <translation>Deseos de consumir afrontados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None in this time. When you use urge surfing or the quick check in Breathe, how often, how strong and what set them off appear here.</source>
        <translation>Ninguno en este tiempo. Cuando use surfear el impulso o el repaso rápido en Respirar, aquí verá con qué frecuencia llegaron, con qué fuerza y qué los desencadenó.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No cravings worked through in this time.</source>
        <translation>Ningún deseo de consumir afrontado en este tiempo.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n time(s) in these days</source>
        <translation>
            <numerusform>%n vez en estos días</numerusform>
            <numerusform>%n veces en estos días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n urge-surfing session(s)</source>
        <translation>
            <numerusform>%n sesión de surfear el impulso</numerusform>
            <numerusform>%n sesiones de surfear el impulso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n quick check(s)</source>
        <translation>
            <numerusform>%n repaso rápido</numerusform>
            <numerusform>%n repasos rápidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How strong, before: %1 out of 10 on average.</source>
        <translation>Fuerza antes: %1 de 10 de media.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How strong, before: not rated.</source>
        <translation>Fuerza antes: sin valorar.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>During urge surfing it fell by %1 on average (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>Al surfear el impulso bajó %1 de media (%n sesión valorada antes y después).</numerusform>
            <numerusform>Al surfear el impulso bajó %1 de media (%n sesiones valoradas antes y después).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate the craving before and after urge surfing to see how much it falls.</source>
        <translation>Valore el deseo antes y después de surfear el impulso para ver cuánto baja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What set them off: %1.</source>
        <translation>Qué los desencadenó: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the quick checks found most: %1.</source>
        <translation>Lo que más encontró el repaso rápido: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cravings worked through over %n day(s): %1 in all; most on %2 (%3).</source>
        <translation>
            <numerusform>Deseos de consumir afrontados en %n día: %1 en total; más el %2 (%3).</numerusform>
            <numerusform>Deseos de consumir afrontados en %n días: %1 en total; más el %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CravingWords</name>
    <message>
        <location filename="../../companion/ui/craving_words.py" line="+37"/>
        <source>a place</source>
        <translation>un lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person</source>
        <translation>una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a feeling</source>
        <translation>un sentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time of day</source>
        <translation>un momento del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hungry</source>
        <translation>hambre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angry or anxious</source>
        <translation>enojo o ansiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>under 1 min</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cravings worked through: %1</source>
        <translation>Deseos de consumir afrontados: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>urge surfing</source>
        <translation>surfear el impulso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quick check</source>
        <translation>repaso rápido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(trigger: %1)</source>
        <translation>(desencadenante: %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Urges worked through</source>
        <translation>Impulsos afrontados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cravings</source>
        <translation>Deseos de consumir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked through in the app</source>
        <translation>Afrontados en la aplicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In these days</source>
        <translation>En estos días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No urge surfing or quick checks logged in this time.</source>
        <translation>No se registró ninguna sesión de surfear el impulso ni ningún repaso rápido en este tiempo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n urge-surfing session(s)</source>
        <translation>
            <numerusform>%n sesión de surfear el impulso</numerusform>
            <numerusform>%n sesiones de surfear el impulso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n quick check(s)</source>
        <translation>
            <numerusform>%n repaso rápido</numerusform>
            <numerusform>%n repasos rápidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strength before, average (0-10)</source>
        <translation>Fuerza antes, media (0-10)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>rated %n time(s)</source>
        <translation>
            <numerusform>valorado %n vez</numerusform>
            <numerusform>valorado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fall during urge surfing, average</source>
        <translation>Cuánto bajó al surfear el impulso, media</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) rated before and after</source>
        <translation>
            <numerusform>%n sesión valorada antes y después</numerusform>
            <numerusform>%n sesiones valoradas antes y después</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated before and after</source>
        <translation>Sin valorar antes y después</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most common triggers</source>
        <translation>Desencadenantes más frecuentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick checks found most</source>
        <translation>Lo que más encontró el repaso rápido</translation>
    </message>
</context>
<context>
    <name>Cravings</name>
    <message>
        <location filename="../../companion/ui/pages/cravings.py" line="+56"/>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cravings</source>
        <translation>Ganas de consumir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I need a moment</source>
        <translation>Necesito un momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m having a craving</source>
        <translation>Tengo ganas de consumir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry or anxious</source>
        <translation>Enojo o ansiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calm breathing</source>
        <translation>Respiración tranquila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My people</source>
        <translation>Mi gente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
</context>
<context>
    <name>CravingsView</name>
    <message>
        <location line="+26"/>
        <source>How strong is the craving now? 0 is none, 10 is the strongest. You can skip this.</source>
        <translation>¿Qué tan fuertes son las ganas ahora? 0 es nada, 10 es lo más fuerte. Puede omitirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Craving now</source>
        <translation>Ganas ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start urge surfing</source>
        <translation>&amp;Empezar a surfear el impulso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start urge surfing</source>
        <translation>Empezar a surfear el impulso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take care: %1</source>
        <translation>Cuídese: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quick check</source>
        <translation>Repaso rápido</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the &amp;check</source>
        <translation>&amp;Guardar el repaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the quick check</source>
        <translation>Guardar el repaso rápido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved with how strong the craving is, if you chose it above</source>
        <translation>Se guarda con la fuerza de las ganas, si la eligió arriba</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved. It is in your journal for today.</source>
        <translation>Guardado. Está en su diario de hoy.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../companion/ui/cues.py" line="+79"/>
        <source>Sounds cannot play on this computer, so the pacer stays silent. Everything else works as usual.</source>
        <translation>Los sonidos no pueden sonar en este equipo, así que la guía de respiración queda en silencio. Todo lo demás funciona como siempre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sounds cannot play: no speaker or headphones were found.</source>
        <translation>Los sonidos no pueden sonar: no se encontraron altavoces ni auriculares.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Spoken cues cannot play on this computer. The words on screen show each step instead.</source>
        <translation>Las indicaciones habladas no pueden sonar en este equipo. Las palabras en pantalla muestran cada paso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spoken cues cannot play: this computer has no voice for speech.</source>
        <translation>Las indicaciones habladas no pueden sonar: este equipo no tiene una voz para hablar.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../companion/ui/widgets/date_fields.py" line="+114"/>
        <source>For example %1</source>
        <translation>Por ejemplo %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date, like %1, or press Alt+Down for a calendar</source>
        <translation>Escriba una fecha, como %1, o pulse Alt+Abajo para ver un calendario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose %1 from a calendar</source>
        <translation>Elegir %1 en un calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: please type a date, or choose one from the calendar.</source>
        <translation>%1: escriba una fecha, por favor, o elíjala en el calendario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: there is no such day as “%2”. Check the day and the month.</source>
        <translation>%1: no existe el día “%2”. Revise el día y el mes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” has a word that is not a month. Write it like %3.</source>
        <translation>%1: “%2” tiene una palabra que no es un mes. Escríbala como %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: choose a day no later than %4.</source>
        <translation>%1: elija un día que no sea posterior al %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: choose a date from %4 to %5.</source>
        <translation>%1: elija una fecha entre el %4 y el %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” names the wrong day of the week. Leave the day out.</source>
        <translation>%1: en “%2” el día de la semana no coincide. Escriba la fecha sin él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” could not be read as a date. Write it like %3 or %4, or choose it from the calendar.</source>
        <translation>%1: “%2” no se entiende como fecha. Escríbala como %3 o %4, o elíjala en el calendario.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location line="+92"/>
        <source>%1: date</source>
        <translation>%1: fecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: time</source>
        <translation>%1: hora</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../companion/ui/widgets/dialogs.py" line="+39"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../companion/ui/pages/journal_entry.py" line="+45"/>
        <source>Small wins: up to %1 lines, each up to %2 characters.</source>
        <translation>Pequeños logros: hasta %1 líneas, cada una de hasta %2 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes: up to %1 characters.</source>
        <translation>Notas: hasta %1 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags: up to %1 tags, each up to %2 characters.</source>
        <translation>Etiquetas: hasta %1 etiquetas, cada una de hasta %2 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours of sleep: from 0 to 24, in half hours, like 7 or 7.5.</source>
        <translation>Horas de sueño: de 0 a 24, en medias horas, como 7 o 7,5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This part is not saved yet; the rest is.</source>
        <translation>Esta parte aún no está guardada; el resto sí.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>How you are</source>
        <translation>Cómo está</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Craving, 0 to 10</source>
        <translation>Ganas de consumir, de 0 a 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No craving</source>
        <translation>Sin ganas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The strongest craving</source>
        <translation>Las ganas más fuertes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Craving, from 0 (none) to 10 (strongest)</source>
        <translation>&amp;Ganas de consumir, de 0 (nada) a 10 (lo más fuerte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cravings worked through on this day</source>
        <translation>Deseos de consumir afrontados este día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours of &amp;sleep last night</source>
        <translation>Horas de &amp;sueño anoche</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very poor</source>
        <translation>Muy mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exhausted</source>
        <translation>Sin fuerzas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <comment>energy</comment>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <comment>energy</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <comment>energy</comment>
        <translation>Buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lots</source>
        <translation>Mucha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mood</source>
        <translation>Áni&amp;mo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>About hours of sleep</source>
        <translation>Sobre las horas de sueño</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sleep &amp;quality</source>
        <translation>&amp;Calidad del sueño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Energy</source>
        <translation>&amp;Energía</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One per line. For example: got through the night; called the clinic</source>
        <translation>Uno por línea. Por ejemplo: logré pasar la noche; llamé a la clínica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small wins, one per line</source>
        <translation>Pequeños logros, uno por línea</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember about today</source>
        <translation>Lo que quiera recordar de hoy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas: sleep, family, clinic</source>
        <translation>Etiquetas, separadas por comas: sueño, familia, clínica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to %1 tags, each up to %2 characters.</source>
        <translation>Hasta %1 etiquetas, cada una de hasta %2 caracteres.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Breathing practice on this day: %1 (from Breathe).</source>
        <translation>Práctica de respiración este día: %1 (de Respirar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No breathing practice logged on this day.</source>
        <translation>No hay práctica de respiración registrada este día.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../companion/ui/errors.py" line="+30"/>
        <source>open your data</source>
        <translation>abrir sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the data folder</source>
        <translation>abrir la carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update your data to this version</source>
        <translation>actualizar sus datos a esta versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save your changes</source>
        <translation>guardar sus cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a backup</source>
        <translation>hacer una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check your data</source>
        <translation>revisar sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete your data</source>
        <translation>borrar sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the backup</source>
        <translation>restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export your data</source>
        <translation>exportar sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the file</source>
        <translation>importar el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finish that</source>
        <translation>completar esa acción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data was saved by a newer version of Prep Companion, so this version will not open it, to keep it safe. Please install the newer version again. Your data has not been changed.</source>
        <translation>Sus datos se guardaron con una versión más reciente de Prep Companion, así que esta versión no los abrirá, para mantenerlos a salvo. Vuelva a instalar la versión más reciente, por favor. Sus datos no se han modificado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not %1: another program is using your data right now. Close it and try again. Nothing was changed.</source>
        <translation>No se pudo %1: otro programa está usando sus datos en este momento. Ciérrelo y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not %1: the disk is full. It needs about %2 of free space. Free some space and try again. Nothing was changed.</source>
        <translation>No se pudo %1: el disco está lleno. Hacen falta unos %2 de espacio libre. Libere algo de espacio y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not %1: the disk is full. Free some space and try again. Nothing was changed.</source>
        <translation>No se pudo %1: el disco está lleno. Libere algo de espacio y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data file was replaced or removed by another program while Prep Companion had it open, so nothing more is saved in this window, to keep both copies safe. Please close Prep Companion and open it again. The last change was not saved.</source>
        <translation>Otro programa reemplazó o quitó su archivo de datos mientras Prep Companion lo tenía abierto, así que esta ventana ya no guarda nada más, para proteger las dos copias. Cierre Prep Companion y vuelva a abrirlo. El último cambio no se guardó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prep Companion is open with this data in another window. Close it first, then try again. Nothing was changed.</source>
        <translation>Prep Companion está abierto con estos datos en otra ventana. Ciérrelo primero y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A command (%1) is working on your data right now. Try again when it has finished. Nothing was changed.</source>
        <translation>Una orden (%1) está trabajando con sus datos ahora mismo. Inténtelo de nuevo cuando haya terminado. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not %1: the app is not allowed to write to its data folder (%2).</source>
        <translation>No se pudo %1: la aplicación no tiene permiso para escribir en su carpeta de datos (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Could not %1.</source>
        <translation>No se pudo %1.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Please give the number a name.</source>
        <translation>Póngale un nombre al número, por favor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a phone number.</source>
        <translation>Escriba un número de teléfono, por favor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number needs at least one digit.</source>
        <translation>Un número de teléfono necesita al menos un dígito.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>protect your data</source>
        <translation>proteger sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn protection off</source>
        <translation>quitar la protección</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relationship</source>
        <translation>relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program name</source>
        <translation>nombre del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intake date</source>
        <translation>fecha de ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of the call</source>
        <translation>hora de la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call-back time</source>
        <translation>hora para volver a llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pattern name</source>
        <translation>nombre del patrón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-breath</source>
        <translation>inhalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold after the in-breath</source>
        <translation>pausa tras la inhalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out-breath</source>
        <translation>exhalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold after the out-breath</source>
        <translation>pausa tras la exhalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>rating before</source>
        <translation>calificación de antes</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>rating after</source>
        <translation>calificación de después</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wins</source>
        <translation>logros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first week</source>
        <translation>la primera semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning signs</source>
        <translation>señales de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what helps</source>
        <translation>lo que ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what it is for</source>
        <translation>para qué sirve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaction</source>
        <translation>reacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when to reach them</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last repeat</source>
        <translation>última repetición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of last use</source>
        <translation>último consumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>things that calm you</source>
        <translation>cosas que le calman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people and places</source>
        <translation>personas y lugares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safer surroundings</source>
        <translation>entorno más seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reasons</source>
        <translation>razones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen contacts</source>
        <translation>contactos elegidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place the naloxone is kept</source>
        <translation>lugar donde guarda la naloxona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of doses</source>
        <translation>número de dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry date</source>
        <translation>fecha de caducidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitments</source>
        <translation>compromisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trigger</source>
        <translation>desencadenante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quick check</source>
        <translation>comprobación rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time and place</source>
        <translation>momento y lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening</source>
        <translation>comienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what you noticed</source>
        <translation>lo que ha notado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how you feel</source>
        <translation>cómo se siente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what you are asking for</source>
        <translation>lo que pide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how you can help</source>
        <translation>cómo puede ayudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what you will avoid</source>
        <translation>lo que evitará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what to do if it goes badly</source>
        <translation>qué hacer si sale mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stress</source>
        <translation>estrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours of sleep</source>
        <translation>horas de sueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one thing you did for yourself</source>
        <translation>algo que hizo por usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>helper</source>
        <translation>persona que ayuda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something typed has a character that cannot be saved. Please type it again.</source>
        <translation>Lo que escribió tiene un carácter que no se puede guardar. Escríbalo de nuevo, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is a character in the %1 that cannot be saved. Please type it again.</source>
        <translation>Hay un carácter en el campo de %1 que no se puede guardar. Escríbalo de nuevo, por favor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please fill in the %1.</source>
        <translation>Complete el campo de %1, por favor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please shorten the %1: it is longer than can be saved.</source>
        <translation>Acorte el campo de %1: es más largo de lo que se puede guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That %1 is not a real date.</source>
        <translation>El campo de %1 no tiene una fecha válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 is too short: a few words you will remember are best.</source>
        <translation>La %1 es demasiado corta: lo mejor son unas palabras que vaya a recordar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recovery key is 25 letters and digits, in five groups of five.</source>
        <translation>Una clave de recuperación tiene 25 letras y cifras, en cinco grupos de cinco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be a date from the year 1900 to 2199.</source>
        <translation>El campo de %1 debe tener una fecha entre los años 1900 y 2199.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That choice is no longer available; please choose again.</source>
        <translation>Esa opción ya no está disponible; elija otra, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That %1 is already used; please choose another.</source>
        <translation>Ese %1 ya está en uso; elija otro, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 goes in half seconds, like 4 or 4.5.</source>
        <translation>El campo de %1 usa pasos de medio segundo, como 4 o 4.5.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The %1 is outside what can be chosen; please pick another.</source>
        <translation>El valor de %1 está fuera de lo que se puede elegir; elija otro.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That entry no longer exists; it may have been removed.</source>
        <translation>Ese elemento ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A phone number has digits, and only spaces and + - ( ) . / between them.</source>
        <translation>Un número de teléfono tiene dígitos y, entre ellos, solo espacios y + - ( ) . /</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That does not look like an email address (name@example.org).</source>
        <translation>Eso no parece una dirección de correo electrónico (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A repeat cannot end before the first appointment.</source>
        <translation>La repetición no puede terminar antes de la primera cita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in can only be for today or a day before.</source>
        <translation>Un registro solo puede ser de hoy o de un día anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app already holds data, and replacing it was not chosen. Nothing was changed.</source>
        <translation>La aplicación ya tiene datos y no se eligió reemplazarlos. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be made, so no file was written. Please try again.</source>
        <translation>No se pudo crear el PDF, así que no se guardó ningún archivo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot be used: it is damaged or not a shared plan or progress file. Nothing was changed.</source>
        <translation>Este archivo no se puede usar: está dañado o no es un plan compartido ni un archivo de avances. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This shared plan is older than the one you already have open, so it was not opened. Ask for a newer one. Nothing was changed.</source>
        <translation>Este plan compartido es más antiguo que el que ya tiene abierto, así que no se abrió. Pida uno más reciente. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file belongs to another plan, not the one open here. Nothing was changed.</source>
        <translation>Este archivo es de otro plan, no del que está abierto aquí. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This progress is for a plan shared from another computer: you have not shared your plan yet. Nothing was changed.</source>
        <translation>Estos avances son de un plan compartido desde otro ordenador: usted aún no ha compartido su plan. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only your own tasks can be ticked or given a note. Nothing was changed.</source>
        <translation>Solo se pueden marcar o anotar sus propias tareas. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please open a shared plan first. Nothing was changed.</source>
        <translation>Abra primero un plan compartido. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose which of the people in the plan you are. Nothing was changed.</source>
        <translation>Elija cuál de las personas del plan es usted. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That could not be saved; please check what you typed.</source>
        <translation>No se pudo guardar; revise lo que escribió, por favor.</translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <location filename="../../companion/ui/protection_dialogs.py" line="+52"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file with all your data. Protect it with a passphrase so that no one else can read it; it can be the passphrase you use in the app, or another.</source>
        <translation>Un archivo con todos sus datos. Protéjalo con una frase de contraseña para que nadie más pueda leerlo; puede ser la misma que usa en la aplicación u otra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protect the file with a passphrase</source>
        <translation>&amp;Proteger el archivo con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect the file with a passphrase</source>
        <translation>Proteger el archivo con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardarlo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the file</source>
        <translation>Elegir dónde guardar el archivo</translation>
    </message>
</context>
<context>
    <name>FieldLimit</name>
    <message>
        <location filename="../../companion/ui/widgets/limits.py" line="+43"/>
        <source>About %1</source>
        <translation>Sobre %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this field</source>
        <translation>este campo</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Up to %n line(s), each up to %1 characters.</source>
        <translation>
            <numerusform>Hasta %n línea, de hasta %1 caracteres.</numerusform>
            <numerusform>Hasta %n líneas, cada una de hasta %1 caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Up to %n character(s).</source>
        <translation>
            <numerusform>Hasta %n carácter.</numerusform>
            <numerusform>Hasta %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>This line: %1 of %n character(s).</source>
        <translation>
            <numerusform>Esta línea: %1 de %n carácter.</numerusform>
            <numerusform>Esta línea: %1 de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n character(s).</source>
        <translation>
            <numerusform>%1 de %n carácter.</numerusform>
            <numerusform>%1 de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What went past the limit was left out.</source>
        <translation>Lo que pasaba del límite se quedó fuera.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/form_dialog.py" line="+48"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>GroundingView</name>
    <message>
        <location filename="../../companion/ui/pages/breathe_session.py" line="+160"/>
        <location line="+28"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Next prompt</source>
        <translation>Siguiente indicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you are ready (Space or Enter)</source>
        <translation>Cuando esté listo (Espacio o Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the exercise</source>
        <translation>Detener el ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop (Esc)</source>
        <translation>Detener (Esc)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../companion/ui/widgets/help_panel.py" line="+62"/>
        <location line="+1"/>
        <location line="+13"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not alone. If someone&apos;s life may be in danger, call the emergency number first.</source>
        <translation>No está solo. Si la vida de alguien puede estar en peligro, llame primero al número de emergencias.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Numbers for:</source>
        <translation>Números para:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show numbers for region</source>
        <translation>Mostrar números de la región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your usual region in Settings</source>
        <translation>Cambie su región habitual en Ajustes</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Emergency</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Overdose: what to do</source>
        <translation>&amp;Sobredosis: qué hacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the overdose steps</source>
        <translation>Ir a los pasos ante una sobredosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of an overdose and the steps to take</source>
        <translation>Señales de una sobredosis y los pasos a seguir</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Your own numbers</source>
        <translation>Sus propios números</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>People you can call: family, a friend, a sponsor, your clinic.</source>
        <translation>Personas a las que puede llamar: familia, un amigo, un padrino, su clínica.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No numbers yet. Add someone you trust so they are here when you need them.</source>
        <translation>Aún no hay números. Agregue a alguien de confianza para que esté aquí cuando lo necesite.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Add a number…</source>
        <translation>&amp;Agregar un número…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a number</source>
        <translation>Agregar un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected number</source>
        <translation>Editar el número seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected number</source>
        <translation>Quitar el número seleccionado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Make a &amp;safety plan…</source>
        <translation>Hacer un plan de &amp;seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a safety plan</source>
        <translation>Hacer un plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few lines in your own words for a hard moment</source>
        <translation>Unas líneas con sus propias palabras para un momento difícil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open my safety &amp;plan</source>
        <translation>Abrir mi &amp;plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I need a &amp;moment</source>
        <translation>Necesito un &amp;momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I need a moment: something to help now</source>
        <translation>Necesito un momento: algo que ayude ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m having a &amp;craving</source>
        <translation>&amp;Tengo ganas de consumir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m having a craving: ride it out now</source>
        <translation>Tengo ganas de consumir: dejarlas pasar ahora</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read more in &amp;Learn</source>
        <translation>Leer más en &amp;Aprender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read more about staying safe after detox</source>
        <translation>Leer más sobre cómo mantenerse a salvo después de la desintoxicación</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>My people</source>
        <translation>Mi gente</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Helplines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We do not list helplines for this region. Add the ones you find under Your own numbers.</source>
        <translation>No tenemos líneas de ayuda para esta región. Agregue las que encuentre en Sus propios números.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Text: %1</source>
        <translation>Mensaje de texto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTY: %1</source>
        <translation>TTY: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source: %1 · last checked %2</source>
        <translation>Fuente: %1 · última revisión: %2</translation>
    </message>
</context>
<context>
    <name>HelperCheckInTab</name>
    <message>
        <location filename="../../companion/ui/pages/helper_checkin.py" line="+77"/>
        <source>Choose who is helping first. Your own check-ins are kept under your name, and will be here.</source>
        <translation>Primero elija quién ayuda. Sus propios registros se guardan a su nombre y aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About 20 seconds for yourself: how stressed you are, how you slept, and one thing you did for you. It saves itself.</source>
        <translation>Unos 20 segundos para usted: cuánto estrés siente, cómo durmió y algo que hizo por usted. Se guarda solo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day of the check-in</source>
        <translation>Día del registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;oday</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today&apos;s check-in</source>
        <translation>Ir al registro de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to today&apos;s check-in</source>
        <translation>Volver al registro de hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stress, 0 to 10</source>
        <translation>Estrés, de 0 a 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stress</source>
        <translation>Nada de estrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most stress</source>
        <translation>El mayor estrés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stress today, from 0 (none) to 10 (the most)</source>
        <translation>&amp;Estrés hoy, de 0 (nada) a 10 (lo máximo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hours of s&amp;leep last night</source>
        <translation>Horas de &amp;sueño anoche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One thing I did for myself</source>
        <translation>Algo que hice por mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a walk, a call with a friend</source>
        <translation>Por ejemplo: un paseo, una llamada con un amigo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O&amp;ne thing I did for myself</source>
        <translation>&amp;Algo que hice por mí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note for yourself</source>
        <translation>Una nota para usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember about today</source>
        <translation>Lo que quiera recordar de hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;note</source>
        <translation>Una &amp;nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What could not be saved</source>
        <translation>Lo que no se pudo guardar</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+108"/>
        <source>your check-in for %1</source>
        <translation>su registro del %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/prepare_dialogs.py" line="-95"/>
        <source>Edit helper</source>
        <translation>Editar persona de apoyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a helper</source>
        <translation>Agregar una persona de apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone helping you get ready. You can give them tasks on the checklist.</source>
        <translation>Alguien que le ayuda a prepararse. Puede darle tareas de la lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: mum, partner, friend</source>
        <translation>Por ejemplo: mamá, pareja, amigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>HelperTodayPage</name>
    <message>
        <location filename="../../companion/ui/pages/today_helper.py" line="+42"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Plan a conversation</source>
        <translation>Preparar una conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare a talk, step by step, under Helping</source>
        <translation>Prepare una charla, paso a paso, en Acompañar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+124"/>
        <source>The intake</source>
        <translation>El ingreso</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Your check-in</source>
        <translation>Su registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+208"/>
        <source>Check in now</source>
        <translation>Registrar ahora</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Your tasks</source>
        <translation>Sus tareas</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Open the checklist</source>
        <translation>Abrir la lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your next appointment</source>
        <translation>Su próxima cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Open Plan</source>
        <translation>Abrir Plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This week&apos;s skill</source>
        <translation>La habilidad de esta semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I &amp;practised it</source>
        <translation>Lo &amp;practiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I practised this week&apos;s skill</source>
        <translation>Practiqué la habilidad de esta semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read about it</source>
        <translation>Leer sobre ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about this skill in Learn</source>
        <translation>Leer sobre esta habilidad en Aprender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is helping?</source>
        <translation>¿Quién acompaña?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your name to see your tasks and your own check-in.</source>
        <translation>Elija su nombre para ver sus tareas y su propio registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is using the app…</source>
        <translation>Elegir quién usa la aplicación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who is using the app</source>
        <translation>Elegir quién usa la aplicación</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1&apos;s intake</source>
        <translation>El ingreso de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No intake date yet. It will show here once set.</source>
        <translation>Aún no hay fecha de ingreso. Se verá aquí cuando se fije.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing open for you. Thank you for all you have done.</source>
        <translation>No le queda nada pendiente. Gracias por todo lo que ha hecho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tasks for you yet. The checklist shows who does what.</source>
        <translation>Aún no tiene tareas. La lista muestra quién hace qué.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n open task(s), %1 overdue.</source>
        <translation>
            <numerusform>%n tarea pendiente, %1 atrasada.</numerusform>
            <numerusform>%n tareas pendientes, %1 atrasadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open task(s).</source>
        <translation>
            <numerusform>%n tarea pendiente.</numerusform>
            <numerusform>%n tareas pendientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n more task(s)</source>
        <translation>
            <numerusform>%n tarea más</numerusform>
            <numerusform>%n tareas más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue (was due %1): %2</source>
        <translation>Atrasada (era para el %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1: %2</source>
        <translation>Para el %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Done for today. You can add to it any time.</source>
        <translation>Listo por hoy. Puede agregar más cuando quiera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my check-in</source>
        <translation>Abrir mi registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not done yet. About 20 seconds: stress, sleep, one thing for you.</source>
        <translation>Aún no lo ha hecho. Unos 20 segundos: estrés, sueño, algo para usted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your check-in: %1</source>
        <translation>Su registro: %1</translation>
    </message>
</context>
<context>
    <name>HelperTrends</name>
    <message>
        <location filename="../../companion/ui/pages/helper_trends.py" line="+110"/>
        <source>How you have been</source>
        <translation>Cómo ha estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time span of the trends</source>
        <translation>Periodo de las tendencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No check-ins in this time yet. Your trends appear here as you add days.</source>
        <translation>Aún no hay registros en este periodo. Sus tendencias aparecerán aquí a medida que añada días.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stress this week</source>
        <translation>Estrés esta semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress per day, from 0 to 10</source>
        <translation>Estrés por día, de 0 a 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep this week</source>
        <translation>Sueño esta semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of sleep per day</source>
        <translation>Horas de sueño por día</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>about the same as last week</source>
        <translation>más o menos igual que la semana pasada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a little more than last week</source>
        <translation>un poco más que la semana pasada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a little less than last week</source>
        <translation>un poco menos que la semana pasada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than last week</source>
        <translation>más que la semana pasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than last week</source>
        <translation>menos que la semana pasada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a little higher than last week</source>
        <translation>un poco más alto que la semana pasada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a little lower than last week</source>
        <translation>un poco más bajo que la semana pasada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>higher than last week</source>
        <translation>más alto que la semana pasada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower than last week</source>
        <translation>más bajo que la semana pasada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress this week: not answered yet.</source>
        <translation>Estrés esta semana: aún sin responder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress this week: about %1 of 10</source>
        <translation>Estrés esta semana: alrededor de %1 de 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sleep this week: not answered yet.</source>
        <translation>Sueño esta semana: aún sin responder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep this week: about %1 hours a night</source>
        <translation>Sueño esta semana: alrededor de %1 horas por noche</translation>
    </message>
</context>
<context>
    <name>HelpingPage</name>
    <message>
        <location filename="../../companion/ui/pages/helping.py" line="+32"/>
        <source>Helping</source>
        <translation>Acompañar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own check-in and your conversation plans. Only you see these here.</source>
        <translation>Su propio registro y sus planes de conversación. Aquí solo los ve usted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helping sections</source>
        <translation>Partes de Acompañar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My check-in</source>
        <translation>Mi registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talks</source>
        <translation>Charlas</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../companion/ui/widgets/history_chart.py" line="+35"/>
        <source>Time practised per day</source>
        <translation>Tiempo de práctica por día</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No practice yet</source>
        <translation>Aún no hay práctica</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last %n day(s): %1</source>
        <translation>
            <numerusform>Último %n día: %1</numerusform>
            <numerusform>Últimos %n días: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no practice yet</source>
        <translation>aún sin práctica</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/prepare_dialogs.py" line="+118"/>
        <location line="+6"/>
        <source>Intake date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The day you plan to start. Today counts the days to it.</source>
        <translation>El día en que piensa empezar. Hoy cuenta los días que faltan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Program or clinic</source>
        <translation>Programa o clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location line="-215"/>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a task</source>
        <translation>Agregar una tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step on your checklist, to get ready a little at a time.</source>
        <translation>Un paso de su lista, para prepararse poco a poco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs doing?</source>
        <translation>¿Qué hay que hacer?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>Quién la hace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who does it</source>
        <translation>&amp;Quién la hace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Helper&apos;s note</source>
        <translation>Nota de quien ayuda</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Written by the helper; it came with their progress</source>
        <translation>Escrita por quien ayuda; llegó con sus avances</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../companion/ui/pages/journal.py" line="+109"/>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words each day about how you are. It saves as you type.</source>
        <translation>Unas palabras cada día sobre cómo está. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Flecha derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a day from the calendar</source>
        <translation>Elegir un día en el calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a check-in are in bold</source>
        <translation>Los días con registro del día aparecen en negrita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Journal sections</source>
        <translation>Secciones del diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete this day…</source>
        <translation>E&amp;liminar este día…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this day&apos;s check-in</source>
        <translation>Eliminar el registro de este día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check-in</source>
        <translation>Registro del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journal is hidden while discreet mode is on.</source>
        <translation>Su diario está oculto mientras el modo discreto está activado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show my journal</source>
        <translation>&amp;Mostrar mi diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my journal</source>
        <translation>Mostrar mi diario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all check-ins as a CSV file</source>
        <translation>Exportar todos los registros del día como archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary for my care &amp;team (PDF)…</source>
        <translation>Resumen para mi equipo de a&amp;tención (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a PDF summary for your care team</source>
        <translation>Crear un resumen en PDF para su equipo de atención</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the journal for %1</source>
        <translation>el diario del %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete check-in</source>
        <translation>Eliminar registro del día</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>notes.csv</source>
        <translation>notas.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-ins.csv</source>
        <translation>registros.csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>notes-%1-to-%2.pdf</source>
        <translation>notas-%1-a-%2.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export check-ins</source>
        <translation>Exportar registros del día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) written to %1.</source>
        <translation>
            <numerusform>%n día guardado en %1.</numerusform>
            <numerusform>%n días guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet program can open this file.</source>
        <translation>Puede abrir este archivo con un programa de hojas de cálculo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save summary</source>
        <translation>Guardar resumen</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>check-ins-%1-to-%2.pdf</source>
        <translation>registros-del-dia-%1-a-%2.pdf</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Delete the check-in for %1?</source>
        <translation>¿Eliminar el registro del %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its mood, symptoms and notes are removed. A backup is made first.</source>
        <translation>Se eliminan su ánimo, síntomas y notas. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete check-in</source>
        <translation>&amp;Eliminar registro</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary saved</source>
        <translation>Resumen guardado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The summary of %n day(s) was saved to %1.</source>
        <translation>
            <numerusform>El resumen de %n día se guardó en %1.</numerusform>
            <numerusform>El resumen de %n días se guardó en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../companion/ui/pages/learn.py" line="+51"/>
        <location line="+2"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This app helps you prepare. It does not replace your care team.</source>
        <translation>Esta aplicación le ayuda a prepararse. No sustituye a su equipo de atención.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search all sections</source>
        <translation>Buscar en todas las secciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Learn</source>
        <translation>Buscar en Aprender</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sections read</source>
        <translation>Secciones leídas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have &amp;read this</source>
        <translation>Ya lo &amp;leí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this section as read</source>
        <translation>Marcar esta sección como leída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask my care &amp;team…</source>
        <translation>Preguntar a mi equipo de a&amp;tención…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question for my care team</source>
        <translation>Agregar una pregunta para mi equipo de atención</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+118"/>
        <source>Withdrawal timeline</source>
        <translation>Cronología de la abstinencia</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Questions for my care team</source>
        <translation>Preguntas para mi equipo de atención</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 of %n section(s) read</source>
        <translation>
            <numerusform>%1 de %n sección leída</numerusform>
            <numerusform>%1 de %n secciones leídas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Open Breathe</source>
        <translation>Abrir Respirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Prepare</source>
        <translation>Abrir Preparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Journal</source>
        <translation>Abrir Diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Plan</source>
        <translation>Abrir Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my overdose plan</source>
        <translation>Abrir mi plan ante sobredosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the craving toolkit</source>
        <translation>Abrir la ayuda para las ganas de consumir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open my check-in</source>
        <translation>Abrir mi registro del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the conversation planner</source>
        <translation>Abrir el planificador de conversaciones</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
</context>
<context>
    <name>LinkText</name>
    <message>
        <location filename="../../companion/ui/widgets/link_text.py" line="+26"/>
        <source>Tab moves from link to link; Enter opens the link.</source>
        <translation>Tab pasa de un enlace a otro; Intro abre el enlace.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="+99"/>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to arrange before detox, and who helps.</source>
        <translation>Qué organizar antes de la desintoxicación y quién ayuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short exercises that calm body and mind.</source>
        <translation>Ejercicios cortos que calman el cuerpo y la mente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A daily check-in to notice how you are.</source>
        <translation>Un registro del día para notar cómo está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain answers about withdrawal and detox.</source>
        <translation>Respuestas claras sobre la abstinencia y la desintoxicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your people, appointments and next steps.</source>
        <translation>Su gente, sus citas y los próximos pasos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping</source>
        <translation>Acompañar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency steps and numbers to call (F1)</source>
        <translation>Pasos de emergencia y números a los que llamar (F1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Helper view</source>
        <translation>Vista de apoyo</translation>
    </message>
    <message>
        <location line="+360"/>
        <source>%1 — getting ready for detox</source>
        <translation>%1 — preparándose para la desintoxicación</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%n appointment(s) not shown: date outside 1900–2199.</source>
        <translation>
            <numerusform>%n cita sin mostrar: su fecha está fuera de 1900–2199.</numerusform>
            <numerusform>%n citas sin mostrar: sus fechas están fuera de 1900–2199.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../companion/ui/progress_dialog.py" line="+29"/>
        <source>Add %1&apos;s progress</source>
        <translation>Añadir los avances de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent this on %2. Nothing changes until you merge, and a merge can be undone.</source>
        <translation>%1 lo envió el %2. Nada cambia hasta que lo una, y una unión se puede deshacer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes to merge</source>
        <translation>Cambios que unir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left as they are</source>
        <translation>Se dejan como están</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file holds no changes.</source>
        <translation>Este archivo no contiene cambios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n change(s)</source>
        <translation>
            <numerusform>Unir %n cambio</numerusform>
            <numerusform>Unir %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply these changes to your checklist</source>
        <translation>Aplicar estos cambios a su lista de tareas</translation>
    </message>
</context>
<context>
    <name>MergesDialog</name>
    <message>
        <location line="+97"/>
        <source>Undo a merge</source>
        <translation>Deshacer una unión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undoing a merge puts the tasks back as they were before it, unless they were changed again since.</source>
        <translation>Deshacer una unión deja las tareas como estaban antes, salvo las que se cambiaron después.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merges of helpers&apos; progress</source>
        <translation>Uniones de avances de quienes le ayudan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress has been merged yet.</source>
        <translation>Aún no se ha unido ningún avance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close this list</source>
        <translation>Cerrar esta lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo this merge</source>
        <translation>&amp;Deshacer esta unión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected merge</source>
        <translation>Deshacer la unión elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put its tasks back as they were before it</source>
        <translation>Dejar sus tareas como estaban antes</translation>
    </message>
</context>
<context>
    <name>NextUpList</name>
    <message>
        <location filename="../../companion/ui/widgets/readiness.py" line="+102"/>
        <source>Nothing left open. Well done.</source>
        <translation>No queda nada pendiente. Bien hecho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overdue since %1</source>
        <translation>atrasada desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>fecha límite: %1</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../companion/ui/widgets/prepare_dialogs.py" line="+63"/>
        <source>Bed available</source>
        <translation>Cama disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not suitable</source>
        <translation>No es adecuado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
</context>
<context>
    <name>OverdosePlanTab</name>
    <message>
        <location filename="../../companion/ui/pages/plan_overdose.py" line="+61"/>
        <source>After detox, far less can be too much. Write where your naloxone is, who can give it, and your own commitments.</source>
        <translation>Después de la desintoxicación, mucho menos puede ser demasiado. Escriba dónde está su naloxona, quién puede dársela y sus propios compromisos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My naloxone</source>
        <translation>Mi naloxona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the naloxone is kept</source>
        <translation>Dónde se guarda la naloxona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: kitchen drawer, my bag</source>
        <translation>Por ejemplo: cajón de la cocina, mi bolso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kept in</source>
        <translation>&amp;Guardada en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not written</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many doses</source>
        <translation>Cuántas dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Doses</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naloxone expiry date</source>
        <translation>Fecha de caducidad de la naloxona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date written</source>
        <translation>Sin fecha anotada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expires on</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who knows how to use it</source>
        <translation>Quién sabe usarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the people who know where it is and how to give it.</source>
        <translation>Marque a las personas que saben dónde está y cómo administrarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contacts in your plan yet.</source>
        <translation>Aún no hay contactos en su plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;contact…</source>
        <translation>Añadir un &amp;contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact who knows how to use naloxone</source>
        <translation>Añadir un contacto que sepa usar la naloxona</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>My commitments</source>
        <translation>Mis compromisos</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>In your own words, for the time after detox. Add any of these and change them as you like.</source>
        <translation>Con sus propias palabras, para el tiempo después de la desintoxicación. Añada cualquiera de estas frases y cámbiela como quiera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to my commitments: %1</source>
        <translation>Añadir a mis compromisos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: I will never use alone.</source>
        <translation>Por ejemplo: nunca consumiré a solas.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 knows how to use naloxone</source>
        <translation>%1 sabe usar la naloxona</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Emergency number: %1</source>
        <translation>Número de emergencias: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No expiry date written. It is printed on the pack.</source>
        <translation>No hay fecha de caducidad anotada. Viene impresa en el envase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This naloxone expired on %1. Get a new kit.</source>
        <translation>Esta naloxona caducó el %1. Consiga un kit nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This naloxone expires on %1. Get a new kit soon.</source>
        <translation>Esta naloxona caduca el %1. Consiga pronto un kit nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good until %1.</source>
        <translation>Válida hasta el %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no more room in your commitments.</source>
        <translation>No queda espacio en sus compromisos.</translation>
    </message>
</context>
<context>
    <name>OwnNumberDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/own_number_dialog.py" line="+22"/>
        <source>Edit number</source>
        <translation>Editar número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a number</source>
        <translation>Agregar un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number you want close at hand. It shows in Get help now.</source>
        <translation>Un número que quiere tener a mano. Aparece en Ayuda ahora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: my sister, my sponsor, the clinic</source>
        <translation>Por ejemplo: mi hermana, mi padrino, la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: when to call, what they can help with</source>
        <translation>Opcional: cuándo llamar, en qué puede ayudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber</source>
        <translation>Nú&amp;mero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <location filename="../../companion/ui/widgets/pacer.py" line="+68"/>
        <source>Breathing pacer</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in as the shape grows and out as it shrinks. Space pauses, Esc stops.</source>
        <translation>Inhale mientras la figura crece y exhale mientras se encoge. Espacio pausa, Esc detiene.</translation>
    </message>
</context>
<context>
    <name>PacketCounts</name>
    <message numerus="yes">
        <location filename="../../companion/ui/plan_packet.py" line="+29"/>
        <source>%n saved appointment(s) left out: the date is before 1900 or after 2199.</source>
        <translation>
            <numerusform>%n cita guardada no se incluye: su fecha es anterior a 1900 o posterior a 2199.</numerusform>
            <numerusform>%n citas guardadas no se incluyen: su fecha es anterior a 1900 o posterior a 2199.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/pattern_dialog.py" line="+23"/>
        <source>Edit pattern</source>
        <translation>Editar patrón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New breathing pattern</source>
        <translation>Nuevo patrón de respiración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own pace for breathing in, holding and breathing out.</source>
        <translation>Su propio ritmo para inhalar, retener y exhalar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: my evening breath</source>
        <translation>Por ejemplo: mi respiración de la noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pattern name</source>
        <translation>Nombre del patrón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe &amp;in (seconds)</source>
        <translation>&amp;Inhale (segundos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold after in</source>
        <translation>&amp;Sostenga tras inhalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out (seconds)</source>
        <translation>&amp;Exhale (segundos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after o&amp;ut</source>
        <translation>Sostenga tras e&amp;xhalar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One breath takes %1 s: about %2 breaths a minute.</source>
        <translation>Una respiración dura %1 s: unas %2 respiraciones por minuto.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../companion/ui/pages/prepare_people.py" line="+84"/>
        <source>Family and friends can take on tasks. Give a task to someone in the Checklist, and they can pick their name under “Show tasks for” to see only their list.</source>
        <translation>Familiares y amigos pueden encargarse de tareas. Asigne una tarea a alguien en la Lista, y esa persona podrá elegir su nombre en “Mostrar tareas de” para ver solo su lista.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add a helper…</source>
        <translation>&amp;Agregar persona de apoyo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a helper</source>
        <translation>Agregar una persona de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected helper</source>
        <translation>Editar la persona de apoyo seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected helper</source>
        <translation>Quitar la persona de apoyo seleccionada</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People helping</source>
        <translation>Personas de apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one added yet. Add a family member or friend who is helping you get ready, with their phone number.</source>
        <translation>Aún no ha agregado a nadie. Agregue a un familiar o amigo que le esté ayudando a prepararse, con su número de teléfono.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;hare with a helper…</source>
        <translation>Com&amp;partir mi plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with a helper</source>
        <translation>Compartir con quien le ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a file of your plan for a helper who uses the app on their computer</source>
        <translation>Crear un archivo de su plan para quien le ayuda y usa la aplicación en su ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a helper&apos;s &amp;progress…</source>
        <translation>Añadir a&amp;vances…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a helper&apos;s progress</source>
        <translation>Añadir los avances de quien le ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the file a helper sent back, see every change, then merge it</source>
        <translation>Abrir el archivo que le devolvió quien le ayuda, ver cada cambio y unirlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a mer&amp;ge…</source>
        <translation>Deshacer una u&amp;nión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a merge</source>
        <translation>Deshacer una unión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>The helpers&apos; progress merged so far</source>
        <translation>Los avances unidos hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo yet: no helper&apos;s progress has been merged</source>
        <translation>Aún no hay nada que deshacer: no se ha unido ningún avance de quienes le ayudan</translation>
    </message>
</context>
<context>
    <name>PersonRemoval</name>
    <message numerus="yes">
        <location line="-135"/>
        <source>Their %n task(s) came back to you.</source>
        <translation>
            <numerusform>%n tarea de esta persona volvió a estar a su cargo.</numerusform>
            <numerusform>Las %n tareas de esta persona volvieron a estar a su cargo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../companion/ui/pages/breathe_session.py" line="-151"/>
        <source>Breathe in</source>
        <translation>Inhale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Sostenga</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Exhale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tense</source>
        <translation>Tense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Suelte</translation>
    </message>
</context>
<context>
    <name>PlanPacket</name>
    <message>
        <location filename="../../companion/ui/plan_packet.py" line="+29"/>
        <location line="+152"/>
        <source>Intake</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Overall: %1 of %2 done.</source>
        <translation>En total: %1 de %2 hechas.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>(weekly)</source>
        <translation>(semanal)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>My people</source>
        <translation>Mi gente</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>What you have offered to do to help %1, the dates to know and the numbers to call.</source>
        <translation>Lo que usted se ofreció a hacer para ayudar a %1, las fechas que conviene saber y los números a los que llamar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you have offered to do to help, the dates to know and the numbers to call.</source>
        <translation>Lo que usted se ofreció a hacer para ayudar, las fechas que conviene saber y los números a los que llamar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our plan</source>
        <translation>Nuestro plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on %1.</source>
        <translation>Creado el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No intake date set yet.</source>
        <translation>Aún no hay fecha de ingreso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How ready we are</source>
        <translation>Nuestro nivel de preparación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tasks, by person</source>
        <translation>Tareas pendientes, por persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every task is done.</source>
        <translation>Todas las tareas están hechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packing list</source>
        <translation>Cosas para llevar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No packing items.</source>
        <translation>No hay cosas para llevar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts added yet.</source>
        <translation>Aún no hay contactos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No appointments coming up.</source>
        <translation>No hay citas próximas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After detox</source>
        <translation>Tras la desintoxicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first week</source>
        <translation>La primera semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not written yet.</source>
        <translation>Aún no se ha escrito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each medicine with the dose and timing the prescriber gave, as written in the plan. Doses and changes are for the prescriber to decide.</source>
        <translation>Cada medicamento con la dosis y el horario que indicó quien lo recetó, tal como se anotaron en el plan. Las dosis y los cambios los decide quien receta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose, timing and notes</source>
        <translation>Dosis, horario y notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None listed.</source>
        <translation>Nada anotado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions for the care team</source>
        <translation>Preguntas para el equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open questions.</source>
        <translation>No hay preguntas pendientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My overdose plan</source>
        <translation>Mi plan ante una sobredosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying safe</source>
        <translation>Mantenerse a salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No overdose plan written yet.</source>
        <translation>Aún no hay un plan ante una sobredosis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naloxone kept in:</source>
        <translation>Naloxona guardada en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on:</source>
        <translation>Caduca el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who knows how to use it</source>
        <translation>Quién sabe usarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one named yet.</source>
        <translation>Aún no se ha nombrado a nadie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My commitments</source>
        <translation>Mis compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call</source>
        <translation>Números a los que llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency: %1</source>
        <translation>Emergencias: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your tasks</source>
        <translation>Sus tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tasks given to you yet.</source>
        <translation>Todavía no tiene tareas asignadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates to know</source>
        <translation>Fechas que conviene saber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detox program</source>
        <translation>Programa de desintoxicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>Consejero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor or peer</source>
        <translation>Padrino o compañero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family or friend</source>
        <translation>Familiar o amigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Medication appointment</source>
        <translation>Cita de medicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+14"/>
        <source>Support group</source>
        <translation>Grupo de apoyo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residential treatment</source>
        <translation>Tratamiento residencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outpatient treatment</source>
        <translation>Tratamiento ambulatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sober living (recovery residence)</source>
        <translation>Vivienda sobria (residencia de recuperación)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../companion/ui/pages/plan.py" line="+63"/>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan sections</source>
        <translation>Secciones del plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Get help now</source>
        <translation>En Ayuda ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one yet. Add your care team, the detox program, a counsellor, a sponsor, family and your pharmacy. The people helping in Prepare are here too.</source>
        <translation>Aún no hay nadie. Agregue a su equipo de atención, el programa de desintoxicación, un consejero, un padrino, su familia y su farmacia. Las personas de apoyo de Preparar también aparecen aquí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No appointments yet. Add the intake, the first appointment after detox, and any weekly support group.</source>
        <translation>Aún no hay citas. Agregue el ingreso, la primera cita después de la desintoxicación y cualquier grupo de apoyo semanal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to &amp;calendar (.ics)…</source>
        <translation>Exportar al &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export appointments to a calendar file</source>
        <translation>Exportar las citas a un archivo de calendario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Staying safe</source>
        <translation>Mantenerse a salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Agregar un contacto…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Who to call, your medicines and what to bring, in one place to share.</source>
        <translation>A quién llamar, sus medicinas y qué llevar, en un solo lugar para compartir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+26"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected contact</source>
        <translation>Editar el contacto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected contact</source>
        <translation>Quitar el contacto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add an appointment…</source>
        <translation>&amp;Agregar una cita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an appointment</source>
        <translation>Agregar una cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected appointment</source>
        <translation>Editar la cita seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected appointment</source>
        <translation>Quitar la cita seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Safety</source>
        <comment>short tab name</comment>
        <translation>A salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <comment>short tab name</comment>
        <translation>Gente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <comment>short tab name</comment>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After detox</source>
        <translation>Tras la desintoxicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <comment>short tab name</comment>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines and allergies</source>
        <translation>Medicamentos y alergias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medicines</source>
        <comment>short tab name</comment>
        <translation>Medicinas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The plan packet puts all of this in one document.</source>
        <translation>El paquete del plan reúne todo esto en un solo documento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save plan packet as &amp;PDF…</source>
        <translation>Guardar paquete en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan packet as a PDF</source>
        <translation>Guardar el paquete del plan como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint plan packet…</source>
        <translation>&amp;Imprimir paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan packet</source>
        <translation>Imprimir el paquete del plan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shared plan</source>
        <translation>Plan compartido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <comment>short tab name</comment>
        <translation>Su plan</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Next step after detox</source>
        <translation>Siguiente paso tras la desintoxicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step after detox</source>
        <translation>&amp;Siguiente paso tras la desintoxicación</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>The first week after detox</source>
        <translation>La primera semana tras la desintoxicación</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Where will you stay? Who will be with you? What will you do each day?</source>
        <translation>¿Dónde se quedará? ¿Quién estará con usted? ¿Qué hará cada día?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>My warning signs</source>
        <translation>Mis señales de alerta</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What tells you things are getting hard? Thoughts, feelings, places, people.</source>
        <translation>¿Qué le indica que las cosas se están poniendo difíciles? Pensamientos, sentimientos, lugares, personas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What I will do</source>
        <translation>Lo que haré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you will call, what helps you calm down, where you can go.</source>
        <translation>A quién llamará, qué le ayuda a calmarse, adónde puede ir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What I will do when it gets hard</source>
        <translation>Lo que haré cuando se ponga difícil</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Safety plan</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdose plan</source>
        <translation>Sobredosis</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>List what you take now and any allergies, for the program and your care team. Doses and changes are for your prescriber to decide.</source>
        <translation>Anote lo que toma ahora y cualquier alergia, para el programa y su equipo de atención. Las dosis y los cambios los decide el profesional que le receta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No medicines listed.</source>
        <translation>No hay medicamentos anotados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Medicine</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is &amp;for</source>
        <translation>Para &amp;qué sirve</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No allergies listed.</source>
        <translation>No hay alergias anotadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Allergy</source>
        <translation>&amp;Alergia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reaction</source>
        <translation>&amp;Reacción</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+45"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Past: %1</source>
        <translation>Ya pasó: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>plan-packet.pdf</source>
        <translation>paquete-del-plan.pdf</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A calendar program can import this file.</source>
        <translation>Puede importar este archivo en un programa de calendario.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>your aftercare plan</source>
        <translation>su plan para después</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Staying safe sections</source>
        <translation>Partes de Mantenerse a salvo</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Dose and timing</source>
        <translation>Dosis y horario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a medicine…</source>
        <translation>&amp;Agregar un medicamento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a medicine</source>
        <translation>Agregar un medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected medicine</source>
        <translation>Editar el medicamento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected medicine</source>
        <translation>Quitar el medicamento seleccionado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Dose and timing, as prescribed</source>
        <translation>&amp;Dosis y horario, según la receta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add an allergy…</source>
        <translation>&amp;Agregar una alergia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an allergy</source>
        <translation>Agregar una alergia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected allergy</source>
        <translation>Editar la alergia seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected allergy</source>
        <translation>Quitar la alergia seleccionada</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>your overdose plan</source>
        <translation>su plan ante sobredosis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>notes.pdf</source>
        <translation>notas.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export appointments</source>
        <translation>Exportar citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointments.ics</source>
        <translation>citas.ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With: %1</source>
        <translation>Con: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n saved appointment(s) left out: the date is before 1900 or after 2199.</source>
        <translation>
            <numerusform>%n cita guardada no se incluye: su fecha es anterior a 1900 o posterior a 2199.</numerusform>
            <numerusform>%n citas guardadas no se incluyen: su fecha es anterior a 1900 o posterior a 2199.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Appointments saved to %1.</source>
        <translation>Citas guardadas en %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save plan packet</source>
        <translation>Guardar paquete del plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The plan packet (%n page(s)) was saved to %1.</source>
        <translation>
            <numerusform>El paquete del plan (%n página) se guardó en %1.</numerusform>
            <numerusform>El paquete del plan (%n páginas) se guardó en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTitleDialog</name>
    <message>
        <location filename="../../companion/ui/pages/conversations.py" line="-373"/>
        <source>New conversation plan</source>
        <translation>Nuevo plan de conversación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename conversation plan</source>
        <translation>Cambiar el nombre del plan de conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short name, so you can find this plan again.</source>
        <translation>Un nombre corto, para encontrar este plan otra vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our talk</source>
        <translation>Nuestra charla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
</context>
<context>
    <name>PocketCard</name>
    <message>
        <location filename="../../companion/ui/pocket_card.py" line="+25"/>
        <source>Important numbers</source>
        <translation>Números importantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>numbers-card.pdf</source>
        <translation>tarjeta-numeros.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety-plan-card.pdf</source>
        <translation>tarjeta-plan-seguridad.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cut along the solid line. Fold along the dashed lines, first down the middle, then in half again, so the numbers are on the front.</source>
        <translation>Recorte por la línea continua. Doble por las líneas discontinuas, primero por la mitad y luego otra vez por la mitad, para que los números queden delante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I can ask for help</source>
        <translation>Personas a quienes puedo pedir ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services I can call</source>
        <translation>Servicios a los que puedo llamar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professionals and services</source>
        <translation>Profesionales y servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helplines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making my surroundings safer</source>
        <translation>Hacer mi entorno más seguro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency kit: %1</source>
        <translation>Botiquín de emergencia: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naloxone is kept: %1</source>
        <translation>La naloxona está en: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one named yet.</source>
        <translation>Todavía no ha nombrado a nadie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not written yet.</source>
        <translation>Todavía sin escribir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
</context>
<context>
    <name>PracticeTime</name>
    <message>
        <location filename="../../companion/ui/names.py" line="+18"/>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PractiseDialog</name>
    <message>
        <location filename="../../companion/ui/conversation_practice.py" line="+40"/>
        <source>Practise it: %1</source>
        <translation>Practicarlo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise your conversation plan</source>
        <translation>Practicar su plan de conversación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which step</source>
        <translation>Qué paso</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s) with nothing written are left out.</source>
        <translation>
            <numerusform>Se omite %n paso sin nada escrito.</numerusform>
            <numerusform>Se omiten %n pasos sin nada escrito.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from the first step</source>
        <translation>Empezar de nuevo desde el primer paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the first step</source>
        <translation>Volver al primer paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the practice</source>
        <translation>Cerrar la práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arrow or Enter</source>
        <translation>Flecha derecha o Intro</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing written yet</source>
        <translation>Aún no hay nada escrito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan has no words in it yet. Write what you want to say in its steps, then practise it here.</source>
        <translation>Este plan aún no tiene palabras. Escriba en sus pasos lo que quiere decir y luego practíquelo aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breath. You can stop and try another day.</source>
        <translation>Respire hondo. Puede parar e intentarlo otro día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../../companion/ui/pages/prepare.py" line="+70"/>
        <location line="+2"/>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get your home, your helpers and your calls ready before the intake day.</source>
        <translation>Prepare su casa, a quienes le ayudan y sus llamadas antes del día de ingreso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the intake date</source>
        <translation>Indicar la fecha de ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the intake date</source>
        <translation>Borrar la fecha de ingreso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show tasks for:</source>
        <translation>&amp;Mostrar tareas de:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show tasks for</source>
        <translation>Mostrar tareas de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A helper can pick their own name to see only the tasks they took on</source>
        <translation>Una persona de apoyo puede elegir su propio nombre para ver solo las tareas que asumió</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prepare sections</source>
        <translation>Secciones de Preparar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readiness</source>
        <comment>short tab name</comment>
        <translation>Preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <comment>short tab name</comment>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People helping</source>
        <translation>Personas de apoyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helpers</source>
        <comment>short tab name</comment>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to programs</source>
        <translation>Llamadas a programas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls</source>
        <comment>short tab name</comment>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No intake date yet. When you have one, add it here to see a countdown.</source>
        <translation>Aún no hay fecha de ingreso. Cuando la tenga, agréguela aquí para ver una cuenta regresiva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;intake date…</source>
        <translation>Indicar fecha de &amp;ingreso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;intake…</source>
        <translation>Cambiar &amp;ingreso…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cleared the intake date.</source>
        <translation>Se borró la fecha de ingreso.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../companion/ui/printing.py" line="+31"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing is not available; save as PDF instead.</source>
        <translation>No se puede imprimir; guárdelo como PDF.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save questions</source>
        <translation>Guardar preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions saved to %1.</source>
        <translation>Preguntas guardadas en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it or take it with you to the appointment.</source>
        <translation>Imprímalo o lléveselo a la cita.</translation>
    </message>
</context>
<context>
    <name>ProgramQuestionsDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/program_questions_dialog.py" line="+37"/>
        <source>Questions to ask a program</source>
        <translation>Preguntas para hacer a un programa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Have these ready when you call a detox program, so nothing important is forgotten. Print them or save them, and write the answers as you go.</source>
        <translation>Téngalas a mano cuando llame a un programa de desintoxicación, para no olvidar nada importante. Imprímalas o guárdelas, y anote las respuestas durante la llamada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions for the program</source>
        <translation>Preguntas para el programa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the questions as a PDF</source>
        <translation>Guardar las preguntas como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the questions</source>
        <translation>Imprimir las preguntas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>notes.pdf</source>
        <translation>notas.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions-for-the-program.pdf</source>
        <translation>preguntas-para-el-programa.pdf</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../companion/ui/pages/shared_plan.py" line="+378"/>
        <location filename="../../companion/ui/progress_dialog.py" line="-187"/>
        <source>Progress files (*%1);;All files (*)</source>
        <translation>Archivos de avances (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_dialog.py" line="+11"/>
        <source>Nothing was changed. Show details to see every problem found.</source>
        <translation>No se cambió nada. Muestre los detalles para ver cada problema encontrado.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This progress was not added</source>
        <translation>Estos avances no se añadieron</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a helper&apos;s progress</source>
        <translation>Añadir los avances de quien le ayuda</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not merged</source>
        <translation>No se unió</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not undone</source>
        <translation>No se deshizo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge undone</source>
        <translation>Unión deshecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some tasks were left as they are: they were changed since.</source>
        <translation>Algunas tareas se dejaron como están: se cambiaron después.</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../companion/ui/protection_dialogs.py" line="-337"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you forget the passphrase and lose the recovery key, no one can open your data again.</source>
        <translation>Si olvida la frase de contraseña y pierde la clave de recuperación, nadie podrá volver a abrir sus datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protect</source>
        <translation>&amp;Proteger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect my data</source>
        <translation>Proteger mis datos</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location line="-51"/>
        <source>Type the passphrase again</source>
        <translation>Escriba otra vez la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it &amp;again</source>
        <translation>Escríbala &amp;otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos frases no coinciden. Escríbalas otra vez, por favor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything the app keeps is encrypted on this computer: your data and its backups. It protects you if someone opens the files, if the laptop is lost, or if a backup is copied. It does not protect you from someone using the app while it is unlocked, or from harmful software on the computer. You will type the passphrase each time the app starts.</source>
        <translation>Todo lo que guarda la aplicación queda cifrado en este ordenador: sus datos y sus copias de seguridad. Le protege si alguien abre los archivos, si pierde el portátil o si alguien copia una copia de seguridad. No le protege de alguien que use la aplicación mientras está desbloqueada, ni de programas dañinos en el ordenador. Escribirá la frase cada vez que abra la aplicación.</translation>
    </message>
    <message>
        <location line="+322"/>
        <source>That is not the passphrase or the recovery key. Check Caps Lock and try again. Nothing was changed.</source>
        <translation>Esa no es la frase de contraseña ni la clave de recuperación. Revise el bloqueo de mayúsculas e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+14"/>
        <source>Protected file</source>
        <translation>Archivo protegido</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is protected with a passphrase. Type it to import the file.</source>
        <translation>%1 está protegido con una frase de contraseña. Escríbala para importar el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase does not open the file. Try again.</source>
        <translation>Esa frase no abre el archivo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save a file</source>
        <translation>Guardar un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file will not be protected</source>
        <translation>Este archivo no estará protegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase protects the data inside the app. A file you save is a copy anyone who opens it can read: keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Su frase de contraseña protege los datos dentro de la aplicación. Un archivo que guarde es una copia que cualquiera que lo abra puede leer: guárdelo en un lugar privado y bórrelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../companion/ui/i18n.py" line="+92"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Carpeta de archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Acceso directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-7"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Conjunto de páginas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double Sided Printing</source>
        <translation>Impresión a doble cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side binding</source>
        <translation>Encuadernación por el lado largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side binding</source>
        <translation>Encuadernación por el lado corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Indique páginas o intervalos separados por comas. Un intervalo son dos números separados por un guion. Por ejemplo, 3,5-7,9 imprime las páginas 3, 5, 6, 7 y 9.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../companion/ui/pages/learn_questions.py" line="+50"/>
        <source>Question for my care team</source>
        <translation>Pregunta para mi equipo de atención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write it down now, so you remember to ask it at your appointment.</source>
        <translation>Escríbala ahora, para acordarse de hacerla en su cita.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a question, or pick a suggestion</source>
        <translation>Escriba una pregunta o elija una sugerencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
</context>
<context>
    <name>QuestionSheets</name>
    <message>
        <location filename="../../companion/ui/question_sheets.py" line="+43"/>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Questions for my care team</source>
        <translation>Preguntas para mi equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No questions written yet.</source>
        <translation>Aún no hay preguntas escritas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>QuestionsView</name>
    <message>
        <location filename="../../companion/ui/pages/learn_questions.py" line="+13"/>
        <location line="+21"/>
        <source>Questions for my care team</source>
        <translation>Preguntas para mi equipo de atención</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Write down what you want to ask, so nothing is forgotten at the appointment. Tick a question off when it is answered.</source>
        <translation>Anote lo que quiere preguntar, para no olvidar nada en la cita. Marque cada pregunta cuando tenga la respuesta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the selected question</source>
        <translation>Quitar la pregunta seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No questions yet. Each Learn section suggests a few to start with.</source>
        <translation>Aún no hay preguntas. Cada sección de Aprender sugiere algunas para empezar.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question</source>
        <translation>Agregar una pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected question</source>
        <translation>Editar la pregunta seleccionada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the questions as a PDF</source>
        <translation>Guardar las preguntas como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the questions</source>
        <translation>Imprimir las preguntas</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>questions.pdf</source>
        <translation>preguntas.pdf</translation>
    </message>
</context>
<context>
    <name>ReadinessBars</name>
    <message>
        <location filename="../../companion/ui/widgets/readiness.py" line="-53"/>
        <source>Ready: %1% (%2 of %3 done)</source>
        <translation>Listo: %1% (%2 de %3 hechas)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+20"/>
        <source>Overall readiness</source>
        <translation>Preparación general</translation>
    </message>
</context>
<context>
    <name>ReadinessTab</name>
    <message>
        <location filename="../../companion/ui/pages/prepare.py" line="-180"/>
        <source>How ready you are</source>
        <translation>Su nivel de preparación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next up</source>
        <translation>Lo siguiente</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../companion/ui/widgets/plan_dialogs.py" line="+126"/>
        <source>It goes into your plan, so the people helping you know it too.</source>
        <translation>Se añade a su plan, para que también lo sepan quienes le ayudan.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../companion/ui/widgets/record_list.py" line="+100"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Removed %1.</source>
        <translation>Se quitó: %1.</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>%1 (Insert or Ctrl+N)</source>
        <translation>%1 (Insert o Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (Enter)</source>
        <translation>%1 (Intro)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (Delete). You can undo it.</source>
        <translation>%1 (Supr). Puede deshacerlo.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../companion/ui/protection_dialogs.py" line="-352"/>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+183"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Your data is now protected. If you ever forget your passphrase, this key opens your data instead. It is shown only now: save it, print it or write it down, and keep it somewhere safe, away from this computer.</source>
        <translation>Sus datos ya están protegidos. Si alguna vez olvida la frase de contraseña, esta clave abre sus datos en su lugar. Solo se muestra ahora: guárdela, imprímala o anótela, y téngala en un lugar seguro, lejos de este ordenador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key: %1</source>
        <translation>Clave de recuperación: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as a PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste it into a password manager</source>
        <translation>Péguela en un gestor de contraseñas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have &amp;kept it</source>
        <translation>Ya la he &amp;guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have kept the recovery key</source>
        <translation>Ya he guardado la clave de recuperación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check that you kept it</source>
        <translation>Compruebe que la guardó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type group %1 of your recovery key (five letters and digits).</source>
        <translation>Escriba el grupo %1 de su clave de recuperación (cinco letras y cifras).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group %1 of the recovery key</source>
        <translation>Grupo %1 de la clave de recuperación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Show the key again</source>
        <translation>&amp;Ver la clave otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the recovery key again</source>
        <translation>Ver otra vez la clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the group typed</source>
        <translation>Comprobar el grupo escrito</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prep Companion: recovery key</source>
        <translation>Prep Companion: clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key opens your Prep Companion data if you forget your passphrase.</source>
        <translation>Esta clave abre sus datos de Prep Companion si olvida la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this page somewhere safe, away from the computer.</source>
        <translation>Guarde esta página en un lugar seguro, lejos del ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone with this key and your computer can read your data.</source>
        <translation>Cualquiera que tenga esta clave y su ordenador puede leer sus datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it on the unlock screen in place of the passphrase; capitals, spaces and dashes do not matter.</source>
        <translation>Escríbala en la pantalla de desbloqueo en lugar de la frase de contraseña; no importan las mayúsculas, los espacios ni los guiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you lose it and forget the passphrase, no one can open the data.</source>
        <translation>Si la pierde y olvida la frase de contraseña, nadie podrá abrir los datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on %1</source>
        <translation>Hecha el %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery-key.pdf</source>
        <translation>clave-de-recuperacion.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key saved to %1.</source>
        <translation>Clave de recuperación guardada en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print it, or copy it to a USB stick you keep elsewhere, then delete it from this computer.</source>
        <translation>Imprímala, o cópiela en una memoria USB que guarde en otro sitio, y después bórrela de este ordenador.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That is not group %1. Look at the key you kept, or show it again.</source>
        <translation>Ese no es el grupo %1. Mire la clave que guardó, o véala otra vez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close without checking the recovery key?</source>
        <translation>¿Cerrar sin comprobar la clave de recuperación?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not shown again. Your passphrase still works; without the key, a forgotten passphrase means your data cannot be opened.</source>
        <translation>No se volverá a mostrar. Su frase de contraseña sigue funcionando; sin la clave, si olvida la frase no se podrán abrir sus datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../companion/ui/names.py" line="-80"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../companion/ui/widgets/reminder_banner.py" line="+24"/>
        <source>A gentle reminder</source>
        <translation>Un recordatorio amable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in now</source>
        <translation>Registrarse ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open today&apos;s check-in</source>
        <translation>Abrir el registro de hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the appointment</source>
        <translation>Ver la cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the appointment in Plan</source>
        <translation>Ver la cita en Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this reminder</source>
        <translation>Descartar este recordatorio</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="+42"/>
        <source>A reminder from Prep Companion.</source>
        <translation>Un recordatorio de Prep Companion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time for today&apos;s check-in. It takes under a minute.</source>
        <translation>Es hora del registro de hoy. Lleva menos de un minuto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coming up on %1: %2.</source>
        <translation>Próximamente, el %1: %2.</translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <location filename="../../companion/ui/pages/settings_reminders.py" line="+34"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gentle reminders, off until you turn them on. They come as notices from the app&apos;s icon in the tray while Prep Companion is running.</source>
        <translation>Recordatorios amables, desactivados hasta que usted los active. Llegan como avisos desde el icono de la aplicación en la bandeja mientras Prep Companion está abierto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop has no tray for the app&apos;s icon, so reminders show at the top of Today while the window is open.</source>
        <translation>Este escritorio no tiene bandeja para el icono de la aplicación, así que los recordatorios aparecen arriba en Hoy mientras la ventana está abierta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remind me to &amp;check in each day</source>
        <translation>Re&amp;cordarme el registro diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me to check in each day</source>
        <translation>Recordarme el registro diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a day at most, and not once today&apos;s is done</source>
        <translation>Una vez al día como mucho, y no si ya hizo el de hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-in reminder time</source>
        <translation>Hora del recordatorio de registro</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>At this tim&amp;e:</source>
        <translation>A &amp;esta hora:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remind me of a&amp;ppointments</source>
        <translation>Recordarme &amp;las citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me of appointments</source>
        <translation>Recordarme las citas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;How early:</source>
        <translation>Con cuánta a&amp;ntelación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 hours before</source>
        <translation>3 horas antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How early to remind of an appointment</source>
        <translation>Con cuánta antelación recordar una cita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start with my computer</source>
        <translation>Iniciar con mi com&amp;putadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with my computer</source>
        <translation>Iniciar con mi computadora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prep Companion then starts in the tray when you log in, so reminders come even before you open it.</source>
        <translation>Prep Companion se inicia entonces en la bandeja al entrar en su sesión, así que los recordatorios llegan aunque no lo haya abierto.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only on Linux for now.</source>
        <translation>Por ahora, solo en Linux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prep Companion then opens when you log in, as this desktop has no tray to start it in.</source>
        <translation>Prep Companion se abrirá al iniciar sesión, porque este escritorio no tiene bandeja donde empezar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>While one of these is on, closing the window keeps Prep Companion in the tray. To end it, choose Quit in the icon&apos;s menu.</source>
        <translation>Mientras alguna de estas opciones esté activa, al cerrar la ventana Prep Companion sigue en la bandeja. Para cerrarlo del todo, elija Salir en el menú del icono.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not changed</source>
        <translation>No se cambió</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../companion/ui/report.py" line="+61"/>
        <location line="+207"/>
        <source>Mood (1-5)</source>
        <translation>Ánimo (1-5)</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+207"/>
        <source>Craving (0-10)</source>
        <translation>Ganas de consumir (0-10)</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Sleep (hours)</source>
        <translation>Sueño (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>Sleep quality (1-5)</source>
        <translation>Calidad del sueño (1-5)</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+207"/>
        <source>Energy (1-5)</source>
        <translation>Energía (1-5)</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Symptom total (0-%1)</source>
        <translation>Total de síntomas (0-%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Craving</source>
        <translation>Ganas de consumir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Symptom total</source>
        <translation>Total de síntomas</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 higher</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lower</source>
        <translation>%1 menos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: nothing recorded.</source>
        <translation>%1: no hay nada anotado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: one check-in, %2 on %3.</source>
        <translation>%1: un registro, %2 el %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1 up to %2</source>
        <translation>sube de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 down to %2</source>
        <translation>baja de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at the start and %2 at the end</source>
        <translation>%1 al principio y %2 al final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2; lowest %3 on %4, highest %5 on %6.</source>
        <translation>%1: %2; lo más bajo, %3 el %4; lo más alto, %5 el %6.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Average %1</source>
        <translation>Promedio %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing recorded in these days.</source>
        <translation>No hay nada anotado en estos días.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daily notes</source>
        <translation>Notas del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily check-in summary</source>
        <translation>Resumen de los registros del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The symptom check-in is the person&apos;s own rating, 0 to 4 for each symptom. It is not a clinical scale.</source>
        <translation>El registro de síntomas es la calificación de la propia persona, de 0 a 4 para cada síntoma. No es una escala clínica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Averages</source>
        <translation>Promedios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Over these days</source>
        <translation>A lo largo de estos días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Symptoms by day</source>
        <translation>Síntomas por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each symptom from 0 (not at all) to 4 (extremely). Only days with a symptom check-in are shown.</source>
        <translation>Cada síntoma de 0 (nada) a 4 (muchísimo). Solo aparecen los días con registro de síntomas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No symptom check-ins in this time.</source>
        <translation>No hay registros de síntomas en este período.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily values</source>
        <translation>Valores diarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sleep (h)</source>
        <translation>Sueño (h)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No check-ins in this time.</source>
        <translation>No hay registros en este período.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None recorded in this time.</source>
        <translation>No se anotó ninguno en este período.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes in this time.</source>
        <translation>No hay notas en este período.</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../companion/ui/models/table_model.py" line="+108"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <location filename="../../companion/ui/safety_plan_dialog.py" line="+68"/>
        <location line="+1"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and go to the next step</source>
        <translation>Guardar e ir al paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the safety plan and close</source>
        <translation>Guardar el plan de seguridad y cerrar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My warning signs</source>
        <translation>Mis señales de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tells you a hard moment is coming? Thoughts, feelings, places.</source>
        <translation>¿Qué le avisa de que se acerca un momento difícil? Pensamientos, sentimientos, lugares.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: not sleeping, staying in my room, thinking “what’s the point”.</source>
        <translation>Por ejemplo: no dormir, quedarme en mi cuarto, pensar «¿para qué?».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Things I can do on my own to feel calmer</source>
        <translation>Lo que puedo hacer por mi cuenta para calmarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps you settle, even a little, when you are alone?</source>
        <translation>¿Qué le ayuda a tranquilizarse, aunque sea un poco, cuando está a solas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a breathing exercise, a hot shower, music, a short walk.</source>
        <translation>Por ejemplo: un ejercicio de respiración, una ducha caliente, música, un paseo corto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me distraen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>¿Quién o qué lugar le ayuda a pensar en otra cosa durante un rato?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a friend’s kitchen, the library, a café, the park.</source>
        <translation>Por ejemplo: la cocina de un amigo, la biblioteca, un café, el parque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People I can ask for help</source>
        <translation>Personas a quienes puedo pedir ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the people you could call or text when things get hard.</source>
        <translation>Marque a las personas a las que podría llamar o escribir cuando las cosas se pongan difíciles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a friend, a sister, your sponsor.</source>
        <translation>Por ejemplo: un amigo, una hermana, su padrino.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Professionals and services</source>
        <translation>Profesionales y servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick your care team, counsellor or program. Your region’s helplines are below.</source>
        <translation>Marque a su equipo de salud, su consejero o su programa. Las líneas de ayuda de su región están debajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: your doctor, the detox program, a crisis line.</source>
        <translation>Por ejemplo: su médico, el programa de desintoxicación, una línea de crisis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making my surroundings safer</source>
        <translation>Hacer mi entorno más seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will you do to make home safer for a hard moment?</source>
        <translation>¿Qué hará para que su casa sea más segura en un momento difícil?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: medicines locked away or given to someone to keep, no supply at home, naloxone where others can find it.</source>
        <translation>Por ejemplo: medicamentos guardados bajo llave o en manos de otra persona, nada de consumo en casa, la naloxona donde otros la encuentren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My reasons for living</source>
        <translation>Mis razones para vivir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What matters to you and keeps you going? Write it for the day you need it.</source>
        <translation>¿Qué le importa y le da fuerzas para seguir? Escríbalo para el día en que lo necesite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: my daughter, my dog, seeing the sea again.</source>
        <translation>Por ejemplo: mi hija, mi perro, volver a ver el mar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your naloxone is kept: %1</source>
        <translation>Su naloxona está en: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Agregar un contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact to the Plan and to this step</source>
        <translation>Agregar un contacto al Plan y a este paso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Breathe has calming exercises, and help for riding out a craving.</source>
        <translation>En Respirar hay ejercicios para calmarse y ayuda para dejar pasar las ganas de consumir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save and open B&amp;reathe</source>
        <translation>Guardar y abrir &amp;Respirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan and open Breathe</source>
        <translation>Guardar el plan y abrir Respirar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Helplines for your region</source>
        <translation>Líneas de ayuda de su región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency: %1</source>
        <translation>Emergencias: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No contacts yet: add one below.</source>
        <translation>Todavía no hay contactos: agregue uno abajo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message>
        <location filename="../../companion/ui/pages/plan_safety.py" line="+38"/>
        <source>1. My warning signs</source>
        <translation>1. Mis señales de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Things that calm me</source>
        <translation>2. Lo que me calma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. People and places that distract me</source>
        <translation>3. Personas y lugares que me distraen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. People I can ask for help</source>
        <translation>4. Personas a quienes puedo pedir ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Professionals and services</source>
        <translation>5. Profesionales y servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Making my surroundings safer</source>
        <translation>6. Hacer mi entorno más seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7. My reasons for living</source>
        <translation>7. Mis razones para vivir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A safety plan is a few lines in your own words for a hard moment: your warning signs, what calms you, who to call. It takes about five minutes.</source>
        <translation>Un plan de seguridad son unas líneas con sus propias palabras para un momento difícil: sus señales de alerta, lo que le calma, a quién llamar. Se hace en unos cinco minutos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make my safety plan</source>
        <translation>&amp;Hacer mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make my safety plan</source>
        <translation>Hacer mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the safety plan</source>
        <translation>Editar el plan de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save pocket &amp;card as PDF…</source>
        <translation>Guardar &amp;tarjeta en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the pocket card as a PDF</source>
        <translation>Guardar la tarjeta de bolsillo en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print poc&amp;ket card…</source>
        <translation>Imprimir tar&amp;jeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the pocket card</source>
        <translation>Imprimir la tarjeta de bolsillo</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n of 7 step(s) filled in.</source>
        <translation>
            <numerusform>%n de 7 pasos completado.</numerusform>
            <numerusform>%n de 7 pasos completados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not written yet.</source>
        <translation>Todavía sin escribir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save pocket card</source>
        <translation>Guardar la tarjeta de bolsillo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pocket card was saved to %1.</source>
        <translation>La tarjeta de bolsillo se guardó en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it on one page at full size, then cut and fold it.</source>
        <translation>Imprímala en una página a tamaño real; después recórtela y dóblela.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../companion/ui/pages/journal_search.py" line="+37"/>
        <source>Search your notes, small wins and tags</source>
        <translation>Buscar en sus notas, pequeños logros y etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type a word to find the days where you wrote it.</source>
        <translation>Escriba una palabra para encontrar los días en que la escribió.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n day(s) found.</source>
        <translation>
            <numerusform>%n día encontrado.</numerusform>
            <numerusform>%n días encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <location filename="../../companion/ui/pages/settings_data.py" line="-213"/>
        <source>backup.json</source>
        <translation>copia.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prep-companion-export.json</source>
        <translation>prep-companion-exportacion.json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is protected: only its passphrase opens it. Keep the passphrase.</source>
        <translation>El archivo está protegido: solo su frase de contraseña lo abre. No la pierda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this file somewhere private: it holds everything you wrote in the app.</source>
        <translation>Guarde este archivo en un lugar privado: contiene todo lo que escribió en la aplicación.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data is unchanged. Show details to see what is wrong.</source>
        <translation>Sus datos no han cambiado. Pulse Mostrar detalles para ver qué está mal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace your data?</source>
        <translation>¿Reemplazar sus datos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing replaces everything the app holds now with the file&apos;s contents.</source>
        <translation>Importar reemplaza todo lo que la aplicación tiene ahora por el contenido del archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of your current data is made first.</source>
        <translation>Antes se hace una copia de seguridad de sus datos actuales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace my data</source>
        <translation>&amp;Reemplazar mis datos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Everything from the file is in the app now.</source>
        <translation>Todo lo del archivo ya está en la aplicación.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../companion/ui/pages/settings_page.py" line="+47"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the app looks, your privacy, reminders and your data.</source>
        <translation>Cómo se ve la aplicación, su privacidad, los recordatorios y sus datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the app looks and where you are</source>
        <translation>Cómo se ve la aplicación y dónde está usted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which helplines and emergency number Get help now shows</source>
        <translation>Qué líneas de ayuda y número de emergencias muestra Ayuda ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (125%)</source>
        <translation>Grande (125%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger (150%)</source>
        <translation>Más grande (150%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest (200%)</source>
        <translation>El más grande (200%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Follow the system</source>
        <translation>La del sistema</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window opens again in the new language. Nothing you have written is lost.</source>
        <translation>La ventana se vuelve a abrir en el nuevo idioma. No se pierde nada de lo que haya escrito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce &amp;motion</source>
        <translation>Reducir el &amp;movimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The breathing pacer shows a steady bar instead of a growing circle</source>
        <translation>La guía de respiración muestra una barra fija en lugar de un círculo que crece</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the &amp;welcome again</source>
        <translation>Mostrar la &amp;bienvenida otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again</source>
        <translation>Mostrar la bienvenida otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, region, the intake date, and where Get help now is</source>
        <translation>Idioma, región, la fecha de ingreso y dónde está Ayuda ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who is using the app</source>
        <translation>Quién usa la aplicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hange…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change who is using the app</source>
        <translation>Cambiar quién usa la aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person getting ready, or someone helping them (with their name)</source>
        <translation>La persona que se prepara, o alguien que la acompaña (con su nombre)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional. It is used only on the documents you print or save: the plan packet and the summary for your care team. It stays on this computer.</source>
        <translation>Opcional. Solo se usa en los documentos que imprime o guarda: el paquete del plan y el resumen para su equipo de atención. Se queda en esta computadora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name (optional)</source>
        <translation>Su nombre (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name (optional)</source>
        <translation>Su &amp;nombre (opcional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discreet mode</source>
        <translation>Modo &amp;discreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discreet mode</source>
        <translation>Modo discreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a neutral window title</source>
        <translation>Usar un título de ventana neutro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window title, the task switcher and any notice from the app will only say “Prep Companion”, with no mention of detox. Useful on a shared computer.</source>
        <translation>El título de la ventana, el selector de aplicaciones y cualquier aviso de la aplicación solo dirán “Prep Companion”, sin mencionar la desintoxicación. Útil en una computadora compartida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Proteger con una frase de contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt your data and backups; the app asks for the passphrase at start</source>
        <translation>Cifra sus datos y copias de seguridad; la aplicación pide la frase al abrirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn protection &amp;off…</source>
        <translation>&amp;Quitar la protección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn protection off</source>
        <translation>Quitar la protección</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After 5 minutes</source>
        <translation>A los 5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After 15 minutes</source>
        <translation>A los 15 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After 30 minutes</source>
        <translation>A los 30 minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock when not used</source>
        <translation>Bloquear si no se usa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed is saved first; then the passphrase is asked again</source>
        <translation>Primero se guarda lo que escribió; después se vuelve a pedir la frase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when not &amp;used:</source>
        <translation>&amp;Bloquear si no se usa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>Bloquear &amp;ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, close your data and ask for the passphrase (Ctrl+L)</source>
        <translation>Guardar, cerrar sus datos y pedir la frase (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a copy of your data in the backups folder</source>
        <translation>Hacer una copia de sus datos en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all my data…</source>
        <translation>Borrar todos mis datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove everything this app has saved, including backups</source>
        <translation>Borrar todo lo que esta aplicación ha guardado, incluidas las copias de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bac&amp;kups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See and restore backups</source>
        <translation>Ver y restaurar copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xportar todo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export everything to a file</source>
        <translation>Exportar todo a un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file with all your data, for safe keeping</source>
        <translation>Un archivo con todos sus datos, para guardarlo en un lugar seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from an export file</source>
        <translation>Importar desde un archivo exportado</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Your data and backups are encrypted. The app asks for your passphrase (or your recovery key) each time it starts.</source>
        <translation>Sus datos y copias de seguridad están cifrados. La aplicación pide su frase de contraseña (o su clave de recuperación) cada vez que se abre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data is not encrypted: anyone using this computer account could read its files. A passphrase protects them.</source>
        <translation>Sus datos no están cifrados: cualquiera que use esta cuenta del ordenador podría leer sus archivos. Una frase de contraseña los protege.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Passphrase changed.</source>
        <translation>Frase de contraseña cambiada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Protection is off. Your data is stored without encryption.</source>
        <translation>La protección está quitada. Sus datos se guardan sin cifrar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The person getting ready. Their journal is shown.</source>
        <translation>La persona que se prepara. Su diario se muestra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, helping. The person&apos;s journal is not shown.</source>
        <translation>%1, que acompaña. El diario de la persona no se muestra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone helping. The person&apos;s journal is not shown.</source>
        <translation>Alguien que acompaña. El diario de la persona no se muestra.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Everything is kept only on this computer, in %1.</source>
        <translation>Todo se guarda solo en esta computadora, en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups kept: %1. The newest is from %2.</source>
        <translation>Copias de seguridad guardadas: %1. La más reciente: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backups yet. One is made automatically after your first change, and again every 15 minutes while you make changes.</source>
        <translation>Aún no hay copias de seguridad. Se hace una automáticamente después de su primer cambio, y otra cada 15 minutos mientras hace cambios.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup made: %1</source>
        <translation>Copia de seguridad hecha: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete all your data?</source>
        <translation>¿Borrar todos sus datos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deletes everything Prep Companion has saved on this computer: your settings, your own numbers, and all backups.</source>
        <translation>Esto borra todo lo que Prep Companion ha guardado en esta computadora: sus ajustes, sus propios números y todas las copias de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are asked once more before anything is deleted.</source>
        <translation>Se le preguntará una vez más antes de borrar nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you completely sure?</source>
        <translation>¿Está completamente seguro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone. There will be no backup to restore from.</source>
        <translation>Esto no se puede deshacer. No quedará ninguna copia de seguridad para restaurar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To keep a copy, choose Keep my data and export everything first.</source>
        <translation>Para guardar una copia, elija Conservar mis datos y exporte todo antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not delete everything</source>
        <translation>No se pudo borrar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your data has been deleted.</source>
        <translation>Se borraron todos sus datos.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../companion/ui/share_dialog.py" line="+31"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared-plan</source>
        <translation>plan-compartido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared plans (*%1);;All files (*)</source>
        <translation>Planes compartidos (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share with a helper</source>
        <translation>Compartir con quien le ayuda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a file for someone helping you who uses Prep Companion on their own computer. They see your plan, and can tick their own tasks.</source>
        <translation>Cree un archivo para alguien que le ayuda y usa Prep Companion en su propio ordenador. Verá su plan y podrá marcar sus propias tareas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your intake date and place, the checklist with who does what, the contacts you tick below, your appointments, your plan for after detox, and where your naloxone is, with the overdose steps.</source>
        <translation>La fecha y el lugar de su ingreso, la lista de tareas con quién hace qué, los contactos que marque abajo, sus citas, su plan para después de la desintoxicación, y dónde está su naloxona, con los pasos ante una sobredosis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it never holds</source>
        <translation>Qué no contiene nunca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal, your cravings, the private words of your safety plan, and the notes you keep about people.</source>
        <translation>Su diario, sus ansias de consumo, las palabras privadas de su plan de seguridad y las notas que guarda sobre las personas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts to include</source>
        <translation>Contactos que incluir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People with a task on your checklist are always included.</source>
        <translation>Las personas con una tarea en su lista se incluyen siempre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include %1</source>
        <translation>Incluir a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They have a task, so they are always included.</source>
        <translation>Tiene una tarea, así que se incluye siempre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include their name and phone in the file.</source>
        <translation>Incluir su nombre y su teléfono en el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contacts yet: the file holds no one&apos;s number.</source>
        <translation>Aún no hay contactos: el archivo no contiene ningún número.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save the file…</source>
        <translation>&amp;Guardar el archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file to give to a helper</source>
        <translation>Guardar el archivo para dárselo a quien le ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the file, for example a USB stick</source>
        <translation>Elija dónde guardar el archivo, por ejemplo una memoria USB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the shared plan</source>
        <translation>Guardar el plan compartido</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the person helping you</source>
        <translation>la persona que le ayuda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan was saved to %1.</source>
        <translation>Su plan se guardó en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this file to %1, for example on a USB stick or by email. They open it with “Open a shared plan” in their own Prep Companion.</source>
        <translation>Dé este archivo a %1, por ejemplo en una memoria USB o por correo electrónico. Lo abre con «Abrir un plan compartido» en su propio Prep Companion.</translation>
    </message>
</context>
<context>
    <name>SharedPlan</name>
    <message>
        <location filename="../../companion/ui/pages/shared_plan_parts.py" line="+75"/>
        <source>Intake</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole checklist</source>
        <translation>Toda la lista de tareas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The checklist is empty.</source>
        <translation>La lista de tareas está vacía.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, done</source>
        <translation>, hecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not done yet</source>
        <translation>, aún sin hacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(overdue)</source>
        <translation>(atrasada)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one&apos;s number was shared.</source>
        <translation>No se compartió el número de nadie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No appointments coming up.</source>
        <translation>No hay citas próximas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After detox</source>
        <translation>Después de la desintoxicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first week</source>
        <translation>La primera semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helps when it gets hard</source>
        <translation>Lo que ayuda cuando se pone difícil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Naloxone is kept: %1</source>
        <translation>La naloxona se guarda: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It expires on %1.</source>
        <translation>Caduca el %1.</translation>
    </message>
</context>
<context>
    <name>SharedPlanTab</name>
    <message>
        <location filename="../../companion/ui/pages/shared_plan.py" line="-325"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>my-progress</source>
        <translation>mis-avances</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Shared plan</source>
        <translation>Plan compartido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone you help can give you their plan as a file, made with “Share with a helper” in their Prep Companion. Open it to see their checklist, their people and appointments, and to tick the tasks that are yours.</source>
        <translation>La persona a la que ayuda puede darle su plan en un archivo, hecho con «Compartir con quien le ayuda» en su Prep Companion. Ábralo para ver su lista de tareas, sus contactos y sus citas, y para marcar las tareas que son suyas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open a shared plan…</source>
        <translation>&amp;Abrir un plan compartido…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+212"/>
        <source>Open a shared plan</source>
        <translation>Abrir un plan compartido</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Open the file the person you help gave you</source>
        <translation>Abrir el archivo que le dio la persona a la que ayuda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which of these people are you?</source>
        <translation>¿Cuál de estas personas es usted?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own tasks are shown first, and you can tick them.</source>
        <translation>Sus propias tareas se muestran primero, y puede marcarlas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;This is me</source>
        <translation>&amp;Soy yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is me</source>
        <translation>Soy yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the plan with your own tasks first</source>
        <translation>Mostrar el plan con sus tareas primero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Send back my progress…</source>
        <translation>&amp;Enviar mis avances…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Send back my progress</source>
        <translation>Enviar mis avances</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Save a small file of your ticks and notes, to give back to them</source>
        <translation>Guardar un archivo pequeño con sus marcas y notas, para devolvérselo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;newer share…</source>
        <translation>Abrir un plan más &amp;reciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a newer share</source>
        <translation>Abrir un plan más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in a newer copy of their plan</source>
        <translation>Traer una copia más reciente de su plan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1&apos;s plan</source>
        <translation>El plan de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan shared with you</source>
        <translation>El plan compartido con usted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared with you on %1. Only your own tasks can be changed here.</source>
        <translation>Compartido con usted el %1. Aquí solo se pueden cambiar sus propias tareas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your tasks</source>
        <translation>Sus tareas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tasks are given to you yet.</source>
        <translation>Aún no tiene tareas asignadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick a task when it is done. Notes save themselves.</source>
        <translation>Marque una tarea cuando esté hecha. Las notas se guardan solas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick when it is done</source>
        <translation>Marcar cuando esté hecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(overdue)</source>
        <translation>(atrasada)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A note for %1</source>
        <translation>Una nota para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note on %1</source>
        <translation>Su nota sobre %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The shared plan was not opened</source>
        <translation>El plan compartido no se abrió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the plan you have?</source>
        <translation>¿Reemplazar el plan que tiene?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is another person&apos;s plan, not the one open here.</source>
        <translation>Este archivo es el plan de otra persona, no el que está abierto aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening it puts it in place of the plan you have, and your ticks and notes not yet sent back are left behind.</source>
        <translation>Al abrirlo, ocupa el lugar del plan que tiene, y sus marcas y notas aún no enviadas se pierden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Replace the plan</source>
        <translation>&amp;Reemplazar el plan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed some of your tasks after you did; their change was kept.</source>
        <translation>%1 cambió algunas de sus tareas después que usted; se mantuvo su cambio.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person you help</source>
        <translation>la persona a la que ayuda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) saved to %1.</source>
        <translation>
            <numerusform>%n cambio guardado en %1.</numerusform>
            <numerusform>%n cambios guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this file to %1. They add it with “Add a helper&apos;s progress” in their Prep Companion.</source>
        <translation>Dé este archivo a %1. Lo añade con «Añadir los avances de quien le ayuda» en su Prep Companion.</translation>
    </message>
</context>
<context>
    <name>SharedWords</name>
    <message>
        <location filename="../../companion/ui/pages/shared_plan_parts.py" line="-163"/>
        <source>No intake date has been set yet.</source>
        <translation>Aún no hay fecha de ingreso.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n dose(s) of naloxone</source>
        <translation>
            <numerusform>%n dosis de naloxona</numerusform>
            <numerusform>%n dosis de naloxona</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — done on %2</source>
        <translation>%1 — hecha el %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — due by %2</source>
        <translation>%1 — para el %2</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../companion/ui/shell.py" line="+159"/>
        <source>Prep Companion could not open your data</source>
        <translation>Prep Companion no pudo abrir sus datos</translation>
    </message>
</context>
<context>
    <name>SleepAnswer</name>
    <message>
        <location filename="../../companion/ui/widgets/sleep_answer.py" line="+42"/>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half hours, or 10 hours or more</source>
        <translation>Medias horas, o 10 horas o más</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of sleep, exactly</source>
        <translation>Horas de sueño, exactas</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../../companion/ui/pages/urge_after.py" line="+33"/>
        <source>0, no craving</source>
        <translation>0, sin ganas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10, the strongest</source>
        <translation>10, lo más fuerte</translation>
    </message>
</context>
<context>
    <name>SummaryCounts</name>
    <message numerus="yes">
        <location filename="../../companion/ui/report.py" line="-254"/>
        <source>%n day(s) with a check-in</source>
        <translation>
            <numerusform>%n día con registro</numerusform>
            <numerusform>%n días con registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %n day(s) before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Each point is the average of %n day(s).</source>
        <translation>
            <numerusform>Cada punto es el promedio de %n día.</numerusform>
            <numerusform>Cada punto es el promedio de %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../companion/ui/pages/journal.py" line="-443"/>
        <source>Summary for my care team</source>
        <translation>Resumen para mi equipo de atención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of your check-ins, to show your doctor or care team.</source>
        <translation>Un PDF de sus registros, para enseñarlo a su médico o equipo de atención.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Include my notes</source>
        <translation>Incluir mis notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name on the summary (optional)</source>
        <translation>Nombre en el resumen (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Nombre (opcional)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From: the first day comes after the last. Please swap them.</source>
        <translation>Desde: el primer día es posterior al último. Cámbielos de lugar, por favor.</translation>
    </message>
</context>
<context>
    <name>Tension</name>
    <message>
        <location filename="../../companion/ui/pages/breathe_after.py" line="-61"/>
        <source>0, calm</source>
        <translation>0, en calma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10, very tense</source>
        <translation>10, muy tenso</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../companion/ui/widgets/time_field.py" line="+136"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type any time, like 9:05, or choose one from the list</source>
        <translation>Escriba cualquier hora, como 9:05, o elija una de la lista</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: please choose a time from the list, or type one like 14:30.</source>
        <translation>%1: elija una hora de la lista, por favor, o escriba una como 14:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a time. Type it like 14:30 or 2:30 pm.</source>
        <translation>%1: “%2” no es una hora. Escríbala como 14:30 o 2:30 p. m.</translation>
    </message>
</context>
<context>
    <name>TimedSession</name>
    <message>
        <location filename="../../companion/ui/pages/timed_session.py" line="+46"/>
        <source>Time left: %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+39"/>
        <location line="+26"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o reanudar (Espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop (Esc)</source>
        <translation>Detener (Esc)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../companion/ui/widgets/timeline_chart.py" line="+214"/>
        <source>Last use</source>
        <translation>Último consumo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 to %3 hours after last use</source>
        <translation>%1: de %2 a %3 horas después del último consumo</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The timeline appears here once there is a medicine to show.</source>
        <translation>La línea de tiempo aparece aquí cuando hay un medicamento que mostrar.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../companion/ui/pages/learn_timeline.py" line="+34"/>
        <source>Withdrawal timeline</source>
        <translation>Cronología de la abstinencia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind of opioid</source>
        <translation>Tipo de opioide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last use, or planned last use</source>
        <translation>Último consumo, o último consumo previsto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind of opioid</source>
        <translation>&amp;Tipo de opioide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last use (or planned)</source>
        <translation>Ú&amp;ltimo consumo (o previsto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set to &amp;now</source>
        <translation>&amp;Usar hora actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the last use to now</source>
        <translation>Poner el último consumo en este momento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is typical now</source>
        <translation>Lo habitual en este momento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardest</source>
        <translation>Lo más difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main symptoms</source>
        <translation>Síntomas principales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing varies</source>
        <translation>El momento varía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easing</source>
        <translation>Disminuye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can linger</source>
        <translation>Puede persistir</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Planned in %1 h</source>
        <translation>Previsto dentro de %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now: %1 h</source>
        <translation>Ahora: %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: day %1</source>
        <translation>Ahora: día %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../companion/ui/pages/today.py" line="+57"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your intake</source>
        <translation>Su ingreso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set or change the intake date</source>
        <translation>Indicar o cambiar la fecha de ingreso</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today&apos;s check-in</source>
        <translation>Registro del día</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+184"/>
        <source>Open today&apos;s check-in</source>
        <translation>Abrir el registro de hoy</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>How ready you are</source>
        <translation>Su nivel de preparación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next up</source>
        <translation>Lo siguiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+287"/>
        <source>Open the checklist</source>
        <translation>Abrir la lista</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+248"/>
        <source>Open Plan</source>
        <translation>Abrir Plan</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+1"/>
        <location line="+308"/>
        <location line="+3"/>
        <source>Open my overdose plan</source>
        <translation>Abrir mi plan ante sobredosis</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Change the date…</source>
        <translation>Cambiar la fecha…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your next step</source>
        <translation>Su siguiente paso</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Next call back</source>
        <translation>Próxima llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the call log</source>
        <translation>Abrir el historial de llamadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan</source>
        <translation>Su plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your people, appointments and next steps.</source>
        <translation>Su gente, sus citas y los próximos pasos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calm practice</source>
        <translation>Práctica de calma</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+270"/>
        <source>Open Breathe</source>
        <translation>Abrir Respirar</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+247"/>
        <source>I&apos;m having a craving</source>
        <translation>Tengo ganas de consumir</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+251"/>
        <source>I&apos;m having a craving: ride it out now</source>
        <translation>Tengo ganas de consumir: dejarlas pasar ahora</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Learn</source>
        <translation>Abrir Aprender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you need help right now</source>
        <translation>Si necesita ayuda ahora mismo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you feel unsafe, or someone may have overdosed, open Get help now. It shows emergency steps and the numbers to call. Shortcut: F1.</source>
        <translation>Si se siente en peligro, o si alguien puede haber tenido una sobredosis, abra Ayuda ahora. Muestra los pasos de emergencia y los números a los que llamar. Atajo: F1.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>I need a moment</source>
        <translation>Necesito un momento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I need a moment: something to help right now</source>
        <translation>Necesito un momento: algo que ayude ahora mismo</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Something in your plan needs renewing.</source>
        <translation>Hay algo en su plan que conviene renovar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your naloxone expired on %1. Get a new kit.</source>
        <translation>Su naloxona caducó el %1. Consiga un kit nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your naloxone expires on %1. Get a new kit.</source>
        <translation>Su naloxona caduca el %1. Consiga un kit nuevo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add the intake date when you know it. Everything else can follow.</source>
        <translation>Añada la fecha de ingreso cuando la sepa. Todo lo demás puede venir después.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next item on your checklist is waiting.</source>
        <translation>La siguiente tarea de su lista le espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next on your checklist: %1</source>
        <translation>Lo siguiente en su lista: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quick check-in: how you feel today, in under a minute.</source>
        <translation>Un registro rápido: cómo se siente hoy, en menos de un minuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All done for now. A few slow breaths can help, any time.</source>
        <translation>Todo hecho por ahora. Unas respiraciones lentas pueden ayudar, en cualquier momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step: %1</source>
        <translation>Paso siguiente: %1</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+300"/>
        <source>Set the intake date…</source>
        <translation>Indicar la fecha de ingreso…</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Done for today. You can add to it any time.</source>
        <translation>Listo por hoy. Puede agregar más cuando quiera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not done yet. It takes under a minute: mood, craving, sleep.</source>
        <translation>Aún no está hecho. Toma menos de un minuto: ánimo, ganas de consumir, sueño.</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+189"/>
        <location line="+116"/>
        <source>Check in now</source>
        <translation>Registrar ahora</translation>
    </message>
    <message numerus="yes">
        <location line="-94"/>
        <source>Relaxation practice this week: %1, in %n session(s).</source>
        <translation>
            <numerusform>Práctica de relajación esta semana: %1, en %n sesión.</numerusform>
            <numerusform>Práctica de relajación esta semana: %1, en %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You have read %1 of %n section(s).</source>
        <translation>
            <numerusform>Ha leído %1 de %n sección.</numerusform>
            <numerusform>Ha leído %1 de %n secciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No practice yet this week. A few slow breaths can help, any time.</source>
        <translation>Aún no ha practicado esta semana. Unas cuantas respiraciones lentas pueden ayudar, en cualquier momento.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>No intake date yet. When a program gives you a date, add it and you will see a calm countdown here.</source>
        <translation>Todavía no hay fecha de ingreso. Cuando un programa le dé una fecha, añádala y verá aquí una cuenta atrás tranquila.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Plain answers to common questions, a few minutes each.</source>
        <translation>Respuestas claras a preguntas frecuentes, de pocos minutos cada una.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain answers about withdrawal, detox and staying safe, a few minutes each.</source>
        <translation>Respuestas claras sobre la abstinencia, la desintoxicación y cómo mantenerse a salvo, de unos minutos cada una.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: call %1 back (asked for %2). Last call by %3.</source>
        <translation>Atrasada: vuelva a llamar a %1 (se pidió para %2). Última llamada hecha por %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1 back on %2. Last call by %3.</source>
        <translation>Vuelva a llamar a %1 el %2. Última llamada hecha por %3.</translation>
    </message>
</context>
<context>
    <name>TrackSwitch</name>
    <message>
        <location filename="../../companion/ui/pages/learn_track.py" line="+18"/>
        <source>Which sections to show</source>
        <translation>Qué secciones mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ll sections</source>
        <translation>T&amp;odas las secciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Show all sections</source>
        <translation>Mostrar todas las secciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;family and friends</source>
        <translation>&amp;Familia y amigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Show the sections for family and friends</source>
        <translation>Mostrar las secciones para familiares y amigos</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="+90"/>
        <source>Open Prep Companion</source>
        <translation>Abrir Prep Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../../companion/ui/pages/journal_trends.py" line="+92"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time span of the charts</source>
        <translation>Período de los gráficos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No check-ins in this time yet. Your trends appear here as you add days.</source>
        <translation>Aún no hay registros del día en este período. Sus tendencias aparecerán aquí a medida que agregue días.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Mood (1–5)</source>
        <translation>Ánimo (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Craving (0–10)</source>
        <translation>Ganas de consumir (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep (hours)</source>
        <translation>Sueño (horas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symptom total (0–%1)</source>
        <translation>Total de síntomas (0–%1)</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1: nothing in this time yet.</source>
        <translation>%1: todavía nada en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 over %n day(s): from %2 to %3, average %4; lowest %5 on %6, highest %7 on %8.</source>
        <translation>
            <numerusform>%1 en %n día: de %2 a %3, media %4; mínimo %5 el %6, máximo %7 el %8.</numerusform>
            <numerusform>%1 en %n días: de %2 a %3, media %4; mínimo %5 el %6, máximo %7 el %8.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Craving</source>
        <translation>Ganas de consumir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep in hours</source>
        <translation>Sueño en horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom total</source>
        <translation>Total de síntomas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average of %1 to %2</source>
        <translation>Promedio de %1 a %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mood: %1</source>
        <translation>Ánimo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Craving: %1</source>
        <translation>Ganas de consumir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep: %1 h</source>
        <translation>Sueño: %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom total: %1</source>
        <translation>Total de síntomas: %1</translation>
    </message>
</context>
<context>
    <name>Triggers</name>
    <message>
        <location filename="../../companion/ui/pages/urge_after.py" line="+7"/>
        <source>A place</source>
        <translation>Un lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A feeling</source>
        <translation>Un sentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A time of day</source>
        <translation>Una hora del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
<context>
    <name>TurnOffDialog</name>
    <message>
        <location filename="../../companion/ui/protection_dialogs.py" line="+51"/>
        <location line="+12"/>
        <source>Turn protection off</source>
        <translation>Quitar la protección</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Your data and its backups will be stored without encryption again, and the app will open without asking for a passphrase.</source>
        <translation>Sus datos y sus copias de seguridad se guardarán de nuevo sin cifrar, y la aplicación se abrirá sin pedir frase de contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Turn off</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../companion/ui/widgets/undo_bar.py" line="+27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Recuperarlo (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../companion/ui/unlock.py" line="+46"/>
        <location line="+36"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your passphrase to continue.</source>
        <translation>Escriba su frase de contraseña para seguir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data is protected. Type your passphrase to open it.</source>
        <translation>Sus datos están protegidos. Escriba su frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;how what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forgot it? Type your recovery key instead.</source>
        <translation>¿La olvidó? Escriba en su lugar la clave de recuperación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency steps and numbers to call (F1)</source>
        <translation>Pasos de emergencia y números a los que llamar (F1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your passphrase first.</source>
        <translation>Escriba primero su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase does not open your data. Check Caps Lock and try again, or type your recovery key.</source>
        <translation>Esa frase no abre sus datos. Revise el bloqueo de mayúsculas e inténtelo de nuevo, o escriba su clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../companion/ui/unsaved.py" line="+16"/>
        <source>Not everything is saved</source>
        <translation>No todo está guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of what you typed in %1 is not saved: %2</source>
        <translation>Parte de lo que escribió en %1 no está guardado: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay to fix it, or leave without it. What is left behind is lost.</source>
        <translation>Quédese para corregirlo o salga sin ello. Lo que deje atrás se perderá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Leave without it</source>
        <translation>&amp;Salir sin ello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay</source>
        <translation>&amp;Quedarme</translation>
    </message>
</context>
<context>
    <name>UrgeAfterView</name>
    <message>
        <location filename="../../companion/ui/pages/urge_after.py" line="+36"/>
        <source>How strong is the craving now? 0 is none, 10 is the strongest.</source>
        <translation>¿Qué tan fuertes son las ganas ahora? 0 es nada, 10 es lo más fuerte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Craving now</source>
        <translation>Ganas ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Get &amp;help now</source>
        <translation>&amp;Ayuda ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Get help now</source>
        <translation>Abrir Ayuda ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What may have set it off? You can skip this.</source>
        <translation>¿Qué pudo despertarlo? Puede omitirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What set it off</source>
        <translation>Qué lo despertó</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A short note, if you like (up to %n character(s)):</source>
        <translation>
            <numerusform>Una nota breve, si quiere (hasta %n carácter):</numerusform>
            <numerusform>Una nota breve, si quiere (hasta %n caracteres):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note about this craving</source>
        <translation>Nota sobre estas ganas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and go back to Cravings</source>
        <translation>Guardar y volver a Ganas de consumir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip: go back without these answers</source>
        <translation>Omitir: volver sin estas respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session itself is already saved</source>
        <translation>La sesión ya está guardada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You rode it out</source>
        <translation>Lo dejó pasar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You stayed with the craving for %1.</source>
        <translation>Se quedó con las ganas durante %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping early is fine. It still counts.</source>
        <translation>Parar antes está bien. También cuenta.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>It fell by %n point(s), from %1 to %2.</source>
        <translation>
            <numerusform>Bajó %n punto, de %1 a %2.</numerusform>
            <numerusform>Bajó %n puntos, de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It stayed at %1. That can happen, and you did not act on it.</source>
        <translation>Se quedó en %1. Puede pasar, y usted no actuó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It rose from %1 to %2. That can happen, and you did not act on it.</source>
        <translation>Subió de %1 a %2. Puede pasar, y usted no actuó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it is too much, talk to someone now.</source>
        <translation>Si es demasiado, hable con alguien ahora.</translation>
    </message>
</context>
<context>
    <name>UrgeSessionView</name>
    <message>
        <location filename="../../companion/ui/pages/urge_session.py" line="+44"/>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
</context>
<context>
    <name>ViewModes</name>
    <message>
        <location filename="../../companion/ui/view_modes.py" line="+93"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Helper view: %1</source>
        <translation>Vista de apoyo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s view</source>
        <translation>Vista principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the view of the person getting ready</source>
        <translation>Cambiar a la vista de la persona que se prepara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper view</source>
        <translation>Vista de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the view for someone helping</source>
        <translation>Cambiar a la vista para quien acompaña</translation>
    </message>
</context>
<context>
    <name>Wave</name>
    <message>
        <location filename="../../companion/ui/widgets/wave.py" line="+49"/>
        <source>Craving wave</source>
        <translation>Ola de las ganas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wave rises, crests and falls, like the craving. Space pauses, Esc stops.</source>
        <translation>La ola sube, llega a lo más alto y baja, como las ganas. Espacio pausa, Esc para.</translation>
    </message>
</context>
<context>
    <name>WaveWords</name>
    <message>
        <location filename="../../companion/ui/pages/urge_session.py" line="-18"/>
        <source>Rising</source>
        <translation>Sube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At its peak</source>
        <translation>En lo más alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easing</source>
        <translation>Afloja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm water</source>
        <translation>Agua en calma</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../companion/ui/welcome.py" line="+95"/>
        <source>Welcome to Prep Companion</source>
        <translation>Le damos la bienvenida a Prep Companion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few quick choices to start. Each one can be changed later in Settings, and you can skip them all.</source>
        <translation>Unas pocas elecciones rápidas para empezar. Puede cambiar cada una más tarde en Ajustes, y puede saltarlas todas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you are</source>
        <translation>Dónde está usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now shows the emergency number and helplines for your region.</source>
        <translation>Ayuda ahora muestra el número de emergencias y las líneas de ayuda de su región.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intake date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your intake date</source>
        <translation>Su fecha de ingreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a program has given you a date, add it here. If not, leave it empty: you can add it later on Today.</source>
        <translation>Si un programa le ha dado una fecha, añádala aquí. Si no, déjela en blanco: puede añadirla más tarde en Hoy.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Intake &amp;date (optional)</source>
        <translation>&amp;Fecha de ingreso (opcional)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your first name, for the plan you print</source>
        <translation>Su nombre, para el plan que imprima</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your first &amp;name, for the plan you print</source>
        <translation>Su &amp;nombre, para el plan que imprima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional. Only the documents you print or save show it.</source>
        <translation>Opcional. Solo aparece en los documentos que imprime o guarda.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app helps you and your family prepare. It does not replace your doctors, nurses or program, or their medical advice.</source>
        <translation>Esta aplicación le ayuda a usted y a su familia a prepararse. No sustituye a sus médicos, enfermeras o programa, ni sus consejos médicos.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Everything you write stays on this computer. Nothing is sent anywhere.</source>
        <translation>Todo lo que escribe se queda en esta computadora. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Protect it with a passphrase</source>
        <translation>&amp;Protegerlo con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect my data with a passphrase</source>
        <translation>Proteger mis datos con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypts what you write on this computer. You can also do it later, in Settings, Privacy.</source>
        <translation>Cifra lo que escribe en este ordenador. También puede hacerlo más tarde, en Ajustes, Privacidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is using the app?</source>
        <translation>¿Quién usa la aplicación?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Help is always one click away</source>
        <translation>La ayuda está siempre a un clic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you feel unsafe, or someone may have overdosed, press Get help now at the bottom of the sidebar, or press F1. It shows emergency steps and the numbers to call.</source>
        <translation>Si se siente en peligro, o si alguien puede haber tenido una sobredosis, pulse Ayuda ahora al pie de la barra lateral, o pulse F1. Muestra los pasos de emergencia y los números a los que llamar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the welcome</source>
        <translation>Saltar la bienvenida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to Today</source>
        <translation>&amp;Ir a Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the welcome and go to Today</source>
        <translation>Terminar la bienvenida e ir a Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please type your name, or choose it from the list.</source>
        <translation>Escriba su nombre, o elíjalo de la lista.</translation>
    </message>
</context>
<context>
    <name>WhoChooser</name>
    <message>
        <location filename="../../companion/ui/who_dialog.py" line="+42"/>
        <source>I&apos;m &amp;getting ready for detox</source>
        <translation>Me &amp;preparo para la desintoxicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m getting ready for detox</source>
        <translation>Me preparo para la desintoxicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m &amp;helping someone get ready</source>
        <translation>&amp;Acompaño a alguien que se prepara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m helping someone get ready</source>
        <translation>Acompaño a alguien que se prepara</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Your name, as the plan will show it</source>
        <translation>Su nombre, &amp;tal como lo mostrará el plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name, as the plan will show it</source>
        <translation>Su nombre, tal como lo mostrará el plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the helper&apos;s view the person&apos;s journal is not shown. On a computer account you both use, this is a courtesy, not protection: anyone using the account can switch back.</source>
        <translation>En la vista de quien acompaña, el diario de la persona no se muestra. En una cuenta de la computadora que ambos usan, esto es una cortesía, no una protección: cualquiera que use la cuenta puede volver a cambiar la vista.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Someone new (type the name)</source>
        <translation>Alguien nuevo (escriba el nombre)</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <location line="+60"/>
        <source>Who is using the app?</source>
        <translation>¿Quién usa la aplicación?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app shows what fits you. What is stored stays the same, and you can switch back at any time.</source>
        <translation>La aplicación muestra lo que le corresponde. Lo guardado no cambia, y puede volver a cambiar en cualquier momento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use this view</source>
        <translation>&amp;Usar esta vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this view</source>
        <translation>Usar esta vista</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../companion/ui/writes.py" line="+23"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
</TS>
