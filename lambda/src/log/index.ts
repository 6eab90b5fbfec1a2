export { DEFAULT_LOG_SALT, hashId, setLogSink, writeLog, type LogFields, type LogSink } from './logger';
