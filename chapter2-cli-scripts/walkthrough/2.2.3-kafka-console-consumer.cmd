@echo off
rem 2.2.3 kafka-console-consumer: from the beginning, with keys, a group, --max-messages, --partition
rem The book's commands of this section in order, printed and run with Kafka 4.3.1's own tool classes; the same
rem commands as walkthrough/2.2.3-kafka-console-consumer.sh (one place: src\main\java\com\example\Walkthroughs.java).
rem
rem   set BOOTSTRAP_SERVERS=localhost:9092
rem   walkthrough\2.2.3-kafka-console-consumer.cmd
call "%~dp0..\bin\windows\kafka-run-class.cmd" com.example.Walkthrough 2.2.3
exit /b %ERRORLEVEL%
