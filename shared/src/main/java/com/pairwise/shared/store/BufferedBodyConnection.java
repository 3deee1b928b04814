package com.pairwise.shared.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.URL;
import java.security.Permission;
import java.util.List;
import java.util.Map;

/**
 * The JDK's connection with one change: a request body is sent from a buffer, not streamed. The URL-connection client
 * asks for fixed-length streaming on every request with a body, and the JDK checks a kept-alive connection before each
 * streamed POST by reading it with a 1 ms timeout: at least 1 ms of waiting on every DynamoDB, EventBridge or SES call
 * (all POSTs), warm or not. A buffered POST skips that check: when the reused connection turns out closed, the JDK
 * writes the request again on a new one, which is the case the check is for. The SDK already holds each body in
 * memory (DynamoDB's largest is a 16 MB batch), so the buffer costs a copy, not a risk.
 *
 * <p>Every other call goes to the JDK's connection unchanged; chunked streaming, which a body of unknown length needs,
 * still streams.
 */
final class BufferedBodyConnection extends HttpURLConnection {
    private final HttpURLConnection connection;

    BufferedBodyConnection(HttpURLConnection connection) {
        super(connection.getURL());
        this.connection = connection;
    }

    /** Ignored: the JDK buffers the body and sends its length itself. */
    @Override
    public void setFixedLengthStreamingMode(int contentLength) {
        checkLength(contentLength);
    }

    /** Ignored: the JDK buffers the body and sends its length itself. */
    @Override
    public void setFixedLengthStreamingMode(long contentLength) {
        checkLength(contentLength);
    }

    private static void checkLength(long contentLength) {
        if (contentLength < 0) {
            throw new IllegalArgumentException("invalid content length " + contentLength);
        }
    }

    @Override
    public void setChunkedStreamingMode(int chunkLength) {
        connection.setChunkedStreamingMode(chunkLength);
    }

    @Override
    public void connect() throws IOException {
        connection.connect();
    }

    @Override
    public void disconnect() {
        connection.disconnect();
    }

    @Override
    public boolean usingProxy() {
        return connection.usingProxy();
    }

    @Override
    public void setRequestMethod(String method) throws ProtocolException {
        connection.setRequestMethod(method);
    }

    @Override
    public String getRequestMethod() {
        return connection.getRequestMethod();
    }

    @Override
    public int getResponseCode() throws IOException {
        return connection.getResponseCode();
    }

    @Override
    public String getResponseMessage() throws IOException {
        return connection.getResponseMessage();
    }

    @Override
    public InputStream getErrorStream() {
        return connection.getErrorStream();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return connection.getInputStream();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return connection.getOutputStream();
    }

    @Override
    public void setInstanceFollowRedirects(boolean followRedirects) {
        connection.setInstanceFollowRedirects(followRedirects);
    }

    @Override
    public boolean getInstanceFollowRedirects() {
        return connection.getInstanceFollowRedirects();
    }

    @Override
    public void setConnectTimeout(int timeout) {
        connection.setConnectTimeout(timeout);
    }

    @Override
    public int getConnectTimeout() {
        return connection.getConnectTimeout();
    }

    @Override
    public void setReadTimeout(int timeout) {
        connection.setReadTimeout(timeout);
    }

    @Override
    public int getReadTimeout() {
        return connection.getReadTimeout();
    }

    @Override
    public void setDoInput(boolean doInput) {
        connection.setDoInput(doInput);
    }

    @Override
    public boolean getDoInput() {
        return connection.getDoInput();
    }

    @Override
    public void setDoOutput(boolean doOutput) {
        connection.setDoOutput(doOutput);
    }

    @Override
    public boolean getDoOutput() {
        return connection.getDoOutput();
    }

    @Override
    public void setUseCaches(boolean useCaches) {
        connection.setUseCaches(useCaches);
    }

    @Override
    public boolean getUseCaches() {
        return connection.getUseCaches();
    }

    @Override
    public void setAllowUserInteraction(boolean allow) {
        connection.setAllowUserInteraction(allow);
    }

    @Override
    public boolean getAllowUserInteraction() {
        return connection.getAllowUserInteraction();
    }

    @Override
    public void setIfModifiedSince(long ifModifiedSince) {
        connection.setIfModifiedSince(ifModifiedSince);
    }

    @Override
    public long getIfModifiedSince() {
        return connection.getIfModifiedSince();
    }

    @Override
    public void setRequestProperty(String key, String value) {
        connection.setRequestProperty(key, value);
    }

    @Override
    public void addRequestProperty(String key, String value) {
        connection.addRequestProperty(key, value);
    }

    @Override
    public String getRequestProperty(String key) {
        return connection.getRequestProperty(key);
    }

    @Override
    public Map<String, List<String>> getRequestProperties() {
        return connection.getRequestProperties();
    }

    @Override
    public String getHeaderField(String name) {
        return connection.getHeaderField(name);
    }

    @Override
    public String getHeaderField(int n) {
        return connection.getHeaderField(n);
    }

    @Override
    public String getHeaderFieldKey(int n) {
        return connection.getHeaderFieldKey(n);
    }

    @Override
    public Map<String, List<String>> getHeaderFields() {
        return connection.getHeaderFields();
    }

    @Override
    public int getHeaderFieldInt(String name, int defaultValue) {
        return connection.getHeaderFieldInt(name, defaultValue);
    }

    @Override
    public long getHeaderFieldLong(String name, long defaultValue) {
        return connection.getHeaderFieldLong(name, defaultValue);
    }

    @Override
    public long getHeaderFieldDate(String name, long defaultValue) {
        return connection.getHeaderFieldDate(name, defaultValue);
    }

    @Override
    public int getContentLength() {
        return connection.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return connection.getContentLengthLong();
    }

    @Override
    public String getContentType() {
        return connection.getContentType();
    }

    @Override
    public String getContentEncoding() {
        return connection.getContentEncoding();
    }

    @Override
    public long getDate() {
        return connection.getDate();
    }

    @Override
    public long getExpiration() {
        return connection.getExpiration();
    }

    @Override
    public long getLastModified() {
        return connection.getLastModified();
    }

    @Override
    public URL getURL() {
        return connection.getURL();
    }

    @Override
    public Permission getPermission() throws IOException {
        return connection.getPermission();
    }

    @Override
    public void setAuthenticator(Authenticator authenticator) {
        connection.setAuthenticator(authenticator);
    }

    @Override
    public Object getContent() throws IOException {
        return connection.getContent();
    }

    @Override
    public Object getContent(Class<?>[] classes) throws IOException {
        return connection.getContent(classes);
    }

    @Override
    public String toString() {
        return connection.toString();
    }
}
