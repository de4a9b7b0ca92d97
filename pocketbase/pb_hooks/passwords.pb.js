// @ts-check

// Every password set through the API meets the policy (src/domain/password-policy.ts): long
// enough, not among the most common, not the account's own name or email.
onRecordCreateRequest(
  (e) => {
    require(`${__hooks}/lib/accounts.js`).checkNewPassword(e);
    e.next();
  },
  'staff',
  'operators',
  'camats',
  '_superusers',
);

onRecordUpdateRequest(
  (e) => {
    require(`${__hooks}/lib/accounts.js`).checkNewPassword(e);
    e.next();
  },
  'staff',
  'operators',
  'camats',
  '_superusers',
);
