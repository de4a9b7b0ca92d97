// @ts-check

// At the counter a request starts now and is registered by the staff member who enters it.
// Only a superuser (demo data, imports) may give another start time. Online applications come
// through their own route (pb_hooks/applications.pb.js), which saves them directly.
onRecordCreateRequest((e) => {
  const request = require(`${__hooks}/lib/given.js`).recordOf(e);
  if (!e.hasSuperuserAuth()) {
    require(`${__hooks}/lib/problems.js`).refuseHiddenControls(request, {
      applicant_name: 'Nama pemohon',
      intake_note: 'Catatan loket',
    });
    request.set('received_at', new Date().toISOString());
    request.set('registered_by', e.auth ? e.auth.id : '');
    request.set('channel', 'loket');
  }
  e.next();
}, 'requests');

// However a request is created: an unguessable number, step 1 of the steps its service has now
// (the request keeps this copy, whatever the standard says later), and — for one registered at
// the counter — the due time its Standar Pelayanan promises. An online application first waits
// for staff to verify its documents; its promised time starts when they accept it
// (src/domain/cases/requests.ts). Its first timeline entry and public status are written with it,
// in the transaction of its insert (pb_hooks/lib/cases.js, saveOpened).
onRecordCreate((e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { throwProblems } = require(`${__hooks}/lib/problems.js`);
  const cases = require(`${__hooks}/lib/cases.js`);
  const record = require(`${__hooks}/lib/given.js`).recordOf(e);
  const agency = e.app.findRecordById('agencies', record.getString('agency'));
  const service = e.app.findRecordById('services', record.getString('service'));
  if (service.getString('agency') !== agency.id)
    throwProblems([
      {
        field: 'service',
        message: 'Layanan ini bukan layanan kantor yang dipilih. Pilih layanan dari kantor yang sama.',
      },
    ]);
  if (!service.getBool('active'))
    throwProblems([{ field: 'service', message: 'Layanan ini tidak lagi tercantum dalam standar pelayanan kantor.' }]);
  const online = record.getString('channel') === 'online';
  if (!online) record.set('channel', 'loket');

  // Its office and service, read once here, for its number and its public status.
  const place = { agency, service };
  cases.startCase(e.app, record, place);
  record.set('current_step', 1);
  record.set('steps', JSON.parse(service.getString('steps')));
  record.set('finished_at', '');
  record.set('verified_at', '');

  const receivedAt = record.getDateTime('received_at').isZero()
    ? new Date()
    : domain.dateFromStored(record.getDateTime('received_at'));
  record.set('received_at', receivedAt.toISOString());
  const promised = domain.completionTimeOf(cases.fieldsOf(service));
  record.set(
    'due_at',
    promised && !online
      ? domain.dueDate(receivedAt, promised, require(`${__hooks}/lib/calendar.js`).officeCalendar(e.app)).toISOString()
      : '',
  );

  cases.openTimelineOnSave(e.app, record, { step: 1, staff: record.getString('registered_by') }, place);
  e.next();
}, 'requests');
