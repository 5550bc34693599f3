import type { Localized } from "../i18n/locale";

const sv = {
  title: "Mitt konto",
  description: "Ditt namn och lösenord gäller i alla organisationer du är med i. Bara du kan ändra dem.",
  email: "E-post",
  organizations: "Organisationer",
  nameTitle: "Namn",
  name: "Namn",
  saveName: "Spara namnet",
  nameSaved: "Namnet är sparat.",
  passwordTitle: "Byt lösenord",
  passwordBody: "När lösenordet byts loggas kontot ut överallt. Du loggas in igen här med det nya lösenordet.",
  currentPassword: "Nuvarande lösenord",
  newPassword: "Nytt lösenord",
  newPasswordHint: "Minst 10 tecken.",
  confirm: "Upprepa det nya lösenordet",
  mismatch: "Lösenorden är inte lika.",
  changePassword: "Byt lösenord",
  changing: "Byter lösenord…",
  passwordChanged: "Lösenordet är bytt. Andra inloggningar har avslutats.",
};

const en: typeof sv = {
  title: "My account",
  description: "Your name and password apply in every organisation you belong to. Only you can change them.",
  email: "E-mail",
  organizations: "Organisations",
  nameTitle: "Name",
  name: "Name",
  saveName: "Save name",
  nameSaved: "The name is saved.",
  passwordTitle: "Change password",
  passwordBody: "Changing the password signs the account out everywhere. You are signed in again here with the new password.",
  currentPassword: "Current password",
  newPassword: "New password",
  newPasswordHint: "At least 10 characters.",
  confirm: "Repeat the new password",
  mismatch: "The passwords differ.",
  changePassword: "Change password",
  changing: "Changing password…",
  passwordChanged: "The password is changed. Other sign-ins have been ended.",
};

export const accountMessages: Localized<typeof sv> = { sv, en };
