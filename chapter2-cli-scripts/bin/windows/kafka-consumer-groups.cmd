@echo off
rem kafka-consumer-groups: Kafka 4.3.1's org.apache.kafka.tools.consumer.group.ConsumerGroupCommand, as Kafka's bin\windows\kafka-consumer-groups.bat runs it; the same arguments as
rem bin/kafka-consumer-groups.sh and the book's kafka-consumer-groups.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand %*
exit /b %ERRORLEVEL%
