export { DEFAULT_LOG_SALT, hashId, logTime, logWanted, setLogSink, writeLog, writeTimedLog, type LogFields, type LogSink } from './logger';
