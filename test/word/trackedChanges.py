"""Reads a Word file's tracked changes in LibreOffice, headless, over UNO.

usage: python3 trackedChanges.py PROFILE_DIR FILE.docx…
Prints a JSON list, one object per file: {"changes": [{"type": ..., "author": ...}], "accepted": TEXT,
"rejected": TEXT, "acceptedNotes": [...], "rejectedNotes": [...]} where TEXT is the body as LibreOffice
reads it after accepting (rejecting) every change. LibreOffice is started once, on a private pipe and
profile, and stopped.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

CONNECT_SECONDS = 60


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    deadline = time.time() + CONNECT_SECONDS
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.time() > deadline:
                raise
            time.sleep(0.25)


def read(desktop, context, url, command):
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    try:
        changes = [{"type": r.RedlineType, "author": r.RedlineAuthor} for r in doc.Redlines]
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        dispatcher.executeDispatch(doc.CurrentController.Frame, command, "", 0, ())
        notes = [doc.Footnotes.getByIndex(i).String for i in range(doc.Footnotes.Count)]
        return changes, doc.Text.String, notes
    finally:
        doc.close(True)


def main():
    profile, paths = sys.argv[1], sys.argv[2:]
    pipe = f"communique{os.getpid()}"
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--nologo", "--norestore",
        f"-env:UserInstallation={uno.systemPathToFileUrl(os.path.abspath(profile))}",
        f"--accept=pipe,name={pipe};urp;",
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        readings = []
        for path in paths:
            url = uno.systemPathToFileUrl(os.path.abspath(path))
            changes, accepted, accepted_notes = read(desktop, context, url, ".uno:AcceptAllTrackedChanges")
            _, rejected, rejected_notes = read(desktop, context, url, ".uno:RejectAllTrackedChanges")
            readings.append({"changes": changes, "accepted": accepted, "rejected": rejected,
                             "acceptedNotes": accepted_notes, "rejectedNotes": rejected_notes})
        print(json.dumps(readings))
        try:
            desktop.terminate()
        except Exception:  # the bridge closes as LibreOffice quits
            pass
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


main()
